namespace Councils.Domain.Planning.Economy;

/// <summary>
/// The capacities the material balances imply. A technique can take in no more of a good than there can be of it:
/// what is available plus what all of the good's makers make at capacity. So for each input g of technique t,
/// x_t ≤ (available_g + Σ_{a_sg&gt;0} a_sg·capacity_s) / −a_tg. A tighter capacity shrinks what its technique makes in
/// turn, so the bounds are found in rounds until none moves.
/// </summary>
/// <remarks>
/// <para>Every plan that meets the balances meets these bounds, so solving with them finds the same optimum; but a
/// first-order solver respects a bound at every step, where it learns a balance only through its price, slowly for a
/// good made in small amounts. On the generated economies the bounds catch the pattern that most hurts its points: a
/// small product, made to the limit of its makers, that an input-hungry technique of a basic good would use more of
/// than exists.</para>
/// <para>Needs keep their posed caps: bounding a target bundle's fulfilment the same way was tried and made the
/// solver restart less often, for no better plans.</para>
/// <para>The certificate is for the problem as posed, with its own capacities. A solver's prices for the bounded
/// program may leave a technique held only by an implied capacity with a positive profit, which the Lagrangian bound
/// would count at the posed capacity; <see cref="Prices"/> moves each such profit onto the price of the good that
/// implied the capacity, which is what that capacity's multiplier is worth there.</para>
/// </remarks>
internal sealed class ImpliedCapacities
{
    /// <summary>The most rounds: each carries a tightening one step along the supply chains; two settle the generated economies.</summary>
    private const int MostRounds = 8;

    /// <summary>A capacity is tightened only when the implied one is smaller by this share, so rounding cannot make rounds of tiny moves.</summary>
    private const double Worthwhile = 1e-6;

    /// <summary>Each implied capacity is loosened by this share, so that rounding can never cut off a plan that meets the balances.</summary>
    private const double Slack = 1e-9;

    /// <summary>The sweeps of <see cref="Prices"/>: a raise can give a technique visited earlier a profit again round a cycle.</summary>
    private const int PriceSweeps = 3;

    private readonly PlanProblem problem;

    /// <summary>The tightened techniques, latest round first, each with the good that bounds it and its coefficient there (&gt; 0).</summary>
    private readonly (int Technique, int Good, double Coefficient)[] bound;

    private ImpliedCapacities(PlanProblem problem, double[] capacities, (int, int, double)[] bound, int rounds)
    {
        this.problem = problem;
        Capacities = capacities;
        this.bound = bound;
        Rounds = rounds;
    }

    /// <summary>Each technique's capacity: the posed one or the tighter implied one.</summary>
    public double[] Capacities { get; }

    /// <summary>The rounds it took until no capacity moved (or the most allowed).</summary>
    public int Rounds { get; }

    /// <summary>How many techniques have a tighter capacity than the problem poses.</summary>
    public int Tightened => bound.Length;

    /// <summary>The implied capacities of <paramref name="problem"/>.</summary>
    public static ImpliedCapacities Of(PlanProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int techniques = problem.TechniqueCount, goods = problem.GoodCount;
        var capacities = problem.Capacities.ToArray();
        var boundBy = new int[techniques];
        Array.Fill(boundBy, -1);
        var round = new int[techniques];
        var most = new double[goods];
        var scratch = new double[goods];
        var idle = new double[problem.NeedCount];
        var starts = problem.TechniqueStarts;
        var techniqueGoods = problem.TechniqueGoods;
        var coefficients = problem.TechniqueCoefficients;
        var rounds = 0;
        var moved = true;
        while (moved && rounds < MostRounds)
        {
            rounds++;
            moved = false;
            // What there can be of each good: what is available plus every maker at its current capacity.
            Balances.Compute(problem, capacities, idle, most, scratch);
            for (var t = 0; t < techniques; t++)
            {
                for (var k = starts[t]; k < starts[t + 1]; k++)
                {
                    if (coefficients[k] >= 0)
                        continue;
                    var implied = most[techniqueGoods[k]] / -coefficients[k];
                    if (!double.IsFinite(implied))
                        continue;
                    implied = (implied * (1 + Slack)) + double.Epsilon;
                    if (implied < capacities[t] * (1 - Worthwhile))
                    {
                        capacities[t] = implied;
                        boundBy[t] = k;
                        round[t] = rounds;
                        moved = true;
                    }
                }
            }
        }
        var order = Enumerable.Range(0, techniques).Where(t => boundBy[t] >= 0).OrderByDescending(t => round[t]).ThenBy(t => t).ToArray();
        var bound = new (int, int, double)[order.Length];
        for (var i = 0; i < order.Length; i++)
            bound[i] = (order[i], techniqueGoods[boundBy[order[i]]], -coefficients[boundBy[order[i]]]);
        return new ImpliedCapacities(problem, capacities, bound, rounds);
    }

    /// <summary>
    /// Prices for the problem as posed from a solver's duals for the bounded program: the duals made non-negative, and
    /// then, latest rounds first, each tightened technique that still earns a positive profit has it moved onto the
    /// price of the good that bounds it (raised by the profit over the coefficient, so the profit is 0). A raise makes
    /// that good's makers earn more; their own capacities were tightened in earlier rounds, if at all, so they are
    /// visited after.
    /// </summary>
    public double[] Prices(ReadOnlySpan<double> duals)
    {
        var prices = new double[duals.Length];
        for (var g = 0; g < prices.Length; g++)
            prices[g] = double.IsFinite(duals[g]) ? Math.Max(0, duals[g]) : 0;
        for (var sweep = 0; sweep < PriceSweeps; sweep++)
        {
            var moved = false;
            foreach (var (technique, good, coefficient) in bound)
            {
                var profit = CouncilResponses.Profit(problem.Technique(technique), prices);
                if (profit <= 0)
                    continue;
                prices[good] += profit / coefficient * (1 + 1e-12);
                moved = true;
            }
            if (!moved)
                break;
        }
        return prices;
    }
}
