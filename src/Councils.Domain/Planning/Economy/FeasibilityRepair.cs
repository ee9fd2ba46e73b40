namespace Councils.Domain.Planning.Economy;

/// <summary>
/// Turns a nearly feasible point (a first-order solver's) into a plan that meets every bound and every material
/// balance exactly, in floating point as computed here, by only ever lowering activity levels and fulfilments.
/// </summary>
/// <remarks>
/// <para>First every x_t is clamped to [0, capacity_t] and f_n to [0, cap_n] (a NaN becomes 0). Then in rounds: the
/// supply and use of each good are computed; a good is short when use exceeds supply; each short good g gets the
/// factor s_g = supply_g / use_g · (1 − δ_k), every other good 1; each technique is scaled by the least factor
/// among the goods it takes in, each need by the least among the goods it asks for. Lowering a technique lowers its
/// outputs too, so a good can become short in a later round; hence the rounds.</para>
/// <para>The margin δ_k = 10^(k−12) grows tenfold per round k, so from round 12 on the factor is 0: every consumer
/// of a short good is set to 0. A short good always has a consumer that is not yet 0 (its use exceeds a supply
/// that is at least what is available, ≥ 0), and a variable once 0 stays 0; so each round from then on zeroes at
/// least one more variable, and the repair ends within 13 + (techniques + needs) rounds, at worst at x = 0, f = 0,
/// which is feasible because nothing available is negative. In practice a solver's point needs one to three
/// rounds, and the margin of the first ones (10⁻¹², 10⁻¹¹…) costs nothing visible in the objective.</para>
/// </remarks>
public static class FeasibilityRepair
{
    private const int ZeroingRound = 12;

    /// <summary>Repairs <paramref name="activity"/> and <paramref name="fulfilment"/> in place and returns the rounds it took (0 if already feasible).</summary>
    public static int Repair(PlanProblem problem, Span<double> activity, Span<double> fulfilment)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (activity.Length != problem.TechniqueCount || fulfilment.Length != problem.NeedCount)
            throw new ArgumentException("One activity level per technique and one fulfilment per need are needed.", nameof(activity));
        Clamp(activity, problem.Capacities);
        Clamp(fulfilment, problem.Caps);
        var supply = new double[problem.GoodCount];
        var use = new double[problem.GoodCount];
        var factor = new double[problem.GoodCount];
        for (var round = 0; ; round++)
        {
            Balances.Compute(problem, activity, fulfilment, supply, use);
            var margin = round >= ZeroingRound ? 1 : Math.Pow(10, round - ZeroingRound);
            var shortGoods = 0;
            for (var g = 0; g < factor.Length; g++)
            {
                if (use[g] > supply[g])
                {
                    shortGoods++;
                    factor[g] = margin >= 1 ? 0 : supply[g] / use[g] * (1 - margin);
                }
                else
                {
                    factor[g] = 1;
                }
            }
            if (shortGoods == 0)
                return round;
            Scale(activity, problem.TechniqueStarts, problem.TechniqueGoods, problem.TechniqueCoefficients, factor, inputsOnly: true);
            Scale(fulfilment, problem.NeedStarts, problem.NeedGoods, problem.NeedQuantities, factor, inputsOnly: false);
        }
    }

    private static void Clamp(Span<double> values, ReadOnlySpan<double> upper)
    {
        for (var i = 0; i < values.Length; i++)
            values[i] = double.IsNaN(values[i]) ? 0 : Math.Clamp(values[i], 0, upper[i]);
    }

    private static void Scale(Span<double> levels, ReadOnlySpan<int> starts, ReadOnlySpan<int> goods, ReadOnlySpan<double> coefficients, double[] factor, bool inputsOnly)
    {
        for (var i = 0; i < levels.Length; i++)
        {
            if (levels[i] == 0)
                continue;
            var least = 1.0;
            for (var k = starts[i]; k < starts[i + 1]; k++)
            {
                if (!inputsOnly || coefficients[k] < 0)
                    least = Math.Min(least, factor[goods[k]]);
            }
            if (least < 1)
                levels[i] *= least;
        }
    }
}
