namespace Councils.Domain.Planning.Economy;

/// <summary>
/// The second direction of <see cref="FeasibilityRepair"/>: give up the needs that embody the goods the plan cannot
/// make, in proportion to how much of them they embody, and remake the production for what is left.
/// </summary>
/// <remarks>
/// <para>The point's fulfilment is first produced through its own mix of techniques (<see cref="ProductionMix"/>):
/// every balance then holds except where a good's makers are all at capacity (or a resource runs out), which leaves
/// that good's unmade part u_g. Such a good has a multiplier λ_g, at first u_g over the square of its requirement
/// R_g. What a unit of each good embodies of them, directly and through its inputs as the mix makes it, is
/// E = λ + Aᵀ·E (by iteration, as an input-output table's totals); a need's share is s_n = Σ_g q_ng·E_g / priority_n,
/// and the cut gives up min(1, s_n) of its fulfilment — the needs that embody the scarce goods most per unit of
/// priority most, those that embody none not at all. The first cut is scaled so that the need with the largest
/// share is given up whole.</para>
/// <para>Each cut is one round: the production is remade for the fulfilment left, and each scarce good's multiplier
/// is corrected by the ratio of what it had to free (u_g at the point) to what the round freed of it, so goods freed
/// too little weigh more in the next round and goods freed too much less (a secant step, kept within a factor of ten).
/// What little is still unmade after the last round is left to the blend.</para>
/// </remarks>
internal static class ScarcityCut
{
    /// <summary>The most rounds of the embodiment's iteration: its terms fall geometrically, and a ranking needs no more.</summary>
    private const int EmbodimentRounds = 100;

    /// <summary>
    /// Cuts the point (<paramref name="activity"/>, <paramref name="fulfilment"/>, clamped into their bounds) in
    /// <paramref name="cuts"/> rounds; returns the production and fulfilment, and the rounds of production made.
    /// </summary>
    public static (double[] Activity, double[] Fulfilment, int Rounds) Cover(PlanProblem problem, double[] activity, double[] fulfilment, int cuts)
    {
        var goods = problem.GoodCount;
        var mix = new ProductionMix(problem);
        var weights = mix.Weights(activity);
        var production = (double[])activity.Clone();
        var requirement = new double[goods];
        var unmade = new double[goods];
        var rounds = mix.Produce(weights, fulfilment, production, requirement, unmade);
        var wanted = (double[])unmade.Clone();
        var before = (double[])requirement.Clone();
        var multipliers = new double[goods];
        for (var g = 0; g < goods; g++)
        {
            var load = requirement[g] + problem.Available[g];
            multipliers[g] = wanted[g] > 0 && load > 0 ? wanted[g] / (load * load) : 0;
        }
        var left = (double[])fulfilment.Clone();
        double[]? embodied = null;
        for (var cut = 0; cut < cuts && Any(wanted); cut++)
        {
            embodied = Embodied(problem, production, multipliers, embodied);
            var shares = Shares(problem, fulfilment, embodied);
            if (cut == 0)
            {
                // Scale the first cut so the need embodying most per unit of priority is given up whole (needs of no
                // priority that embody any are given up whole anyway, at no cost).
                var largest = shares.Where(double.IsFinite).DefaultIfEmpty(0).Max();
                if (largest <= 0 && !shares.Any(double.IsPositiveInfinity))
                    break;
                largest = largest > 0 ? largest : 1;
                for (var g = 0; g < goods; g++)
                {
                    multipliers[g] /= largest;
                    embodied[g] /= largest;
                }
                for (var n = 0; n < shares.Length; n++)
                    shares[n] /= largest;
            }
            for (var n = 0; n < left.Length; n++)
                left[n] = fulfilment[n] * (1 - Math.Min(1, shares[n]));
            rounds += mix.Produce(weights, left, production, requirement, unmade);
            for (var g = 0; g < goods; g++)
            {
                if (wanted[g] <= 0)
                    continue;
                var freed = before[g] - requirement[g];
                var target = (1.01 * wanted[g]) + (1e-12 * Math.Abs(before[g]));
                multipliers[g] *= freed > 0 ? Math.Clamp(target / freed, 0.2, 10) : 10;
            }
        }
        return (production, left, rounds);
    }

    private static bool Any(double[] values)
    {
        foreach (var value in values)
        {
            if (value > 0)
                return true;
        }
        return false;
    }

    /// <summary>Each need's share, Σ_g q_ng·E_g per unit of priority (all of it for a need of no priority that embodies any).</summary>
    private static double[] Shares(PlanProblem problem, double[] fulfilment, double[] embodied)
    {
        var shares = new double[problem.NeedCount];
        var starts = problem.NeedStarts;
        var goods = problem.NeedGoods;
        var quantities = problem.NeedQuantities;
        for (var n = 0; n < shares.Length; n++)
        {
            if (fulfilment[n] <= 0)
                continue;
            var share = 0.0;
            for (var k = starts[n]; k < starts[n + 1]; k++)
                share += quantities[k] * embodied[goods[k]];
            var priority = problem.Priorities[n];
            shares[n] = priority > 0 ? share / priority : share > 0 ? double.PositiveInfinity : 0;
        }
        return shares;
    }

    /// <summary>E = λ + Aᵀ·E over the production, by iteration from the last E (or λ).</summary>
    private static double[] Embodied(PlanProblem problem, double[] activity, double[] multipliers, double[]? start)
    {
        var starts = problem.TechniqueStarts;
        var goods = problem.TechniqueGoods;
        var coefficients = problem.TechniqueCoefficients;
        var made = new double[problem.GoodCount];
        for (var t = 0; t < activity.Length; t++)
        {
            for (var k = starts[t]; k < starts[t + 1]; k++)
            {
                if (coefficients[k] > 0)
                    made[goods[k]] += coefficients[k] * activity[t];
            }
        }
        var embodied = (double[])(start ?? multipliers).Clone();
        var next = new double[embodied.Length];
        for (var round = 0; round < EmbodimentRounds; round++)
        {
            multipliers.CopyTo(next, 0);
            for (var t = 0; t < activity.Length; t++)
            {
                var x = activity[t];
                if (x <= 0)
                    continue;
                double inputs = 0, outputs = 0;
                for (var k = starts[t]; k < starts[t + 1]; k++)
                {
                    var a = coefficients[k];
                    if (a < 0)
                        inputs -= a * embodied[goods[k]];
                    else
                        outputs += a;
                }
                if (inputs == 0 || outputs == 0)
                    continue;
                // Per unit of good p made: this technique's share of p, times its inputs' embodiment per unit of its output.
                var perOutput = x * inputs / outputs;
                for (var k = starts[t]; k < starts[t + 1]; k++)
                {
                    var a = coefficients[k];
                    if (a > 0)
                        next[goods[k]] += perOutput * a / made[goods[k]];
                }
            }
            double change = 0, top = 0;
            for (var g = 0; g < next.Length; g++)
            {
                change = Math.Max(change, Math.Abs(next[g] - embodied[g]));
                top = Math.Max(top, next[g]);
            }
            (embodied, next) = (next, embodied);
            if (change <= 1e-6 * top)
                break;
        }
        return embodied;
    }
}
