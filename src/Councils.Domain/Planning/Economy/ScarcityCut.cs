namespace Councils.Domain.Planning.Economy;

/// <summary>
/// The second direction of <see cref="FeasibilityRepair"/>: give up the needs that embody the short goods, and the
/// production that served them, instead of a share of the whole plan.
/// </summary>
/// <remarks>
/// <para>A good short by s_g of its use u_g has scarcity v_g = s_g / u_g. What one unit of a good embodies of the
/// scarcity, directly and through its inputs as the plan makes it, is E = v + Aᵀ·E, where A_ip is the input of good
/// i per unit of good p made by the plan's own mix of techniques (a technique's inputs shared among its outputs by
/// amount); it is found by iteration, as an input-output table's totals are, and rises to its fixed point because
/// the plan's production is productive. A need's share is e_n = Σ_g q_ng·E_g.</para>
/// <para>The cut at boost b gives up c_n = f_n·min(1, b·e_n / max e) of every need — most of those that embody the
/// shortage most, nothing of those that embody none — and the production that made that bundle in the plan: the
/// make-up of the bundle with the plan's own levels as weights (<see cref="MakeUp"/>), the short goods' own makers
/// left running. Subtracting both leaves every other good's balance about as it was, but frees what the bundle took
/// of the short goods, directly and through the goods it embodied.</para>
/// </remarks>
internal sealed class ScarcityCut
{
    /// <summary>The most rounds of the embodiment's iteration: its terms fall geometrically, and a ranking needs no more.</summary>
    private const int Rounds = 100;

    private readonly PlanProblem problem;
    private readonly double[] activity, fulfilment, scarcity, shares;
    private readonly double largest;

    private ScarcityCut(PlanProblem problem, double[] activity, double[] fulfilment, double[] scarcity, double[] shares, double largest) =>
        (this.problem, this.activity, this.fulfilment, this.scarcity, this.shares, this.largest) = (problem, activity, fulfilment, scarcity, shares, largest);

    /// <summary>
    /// The needs' shares of the scarcity of the goods short by at least <paramref name="threshold"/> of their use, for a
    /// point whose goods' <paramref name="use"/> exceeds their <paramref name="supply"/>; null when no need embodies one.
    /// </summary>
    public static ScarcityCut? Of(PlanProblem problem, ReadOnlySpan<double> activity, ReadOnlySpan<double> fulfilment,
        ReadOnlySpan<double> supply, ReadOnlySpan<double> use, double threshold)
    {
        var scarcity = new double[problem.GoodCount];
        for (var g = 0; g < scarcity.Length; g++)
        {
            var share = use[g] > supply[g] ? (use[g] - supply[g]) / use[g] : 0;
            scarcity[g] = share >= threshold ? share : 0;
        }
        var embodied = Embodied(problem, activity, scarcity);
        var shares = new double[problem.NeedCount];
        var largest = 0.0;
        for (var n = 0; n < shares.Length; n++)
        {
            if (fulfilment[n] <= 0)
                continue;
            var need = problem.Need(n);
            var share = 0.0;
            for (var k = 0; k < need.Goods.Length; k++)
                share += need.Quantities[k] * embodied[need.Goods[k]];
            shares[n] = share;
            largest = Math.Max(largest, share);
        }
        return largest > 0 ? new ScarcityCut(problem, activity.ToArray(), fulfilment.ToArray(), scarcity, shares, largest) : null;
    }

    /// <summary>Whether good <paramref name="g"/> is one of the short goods this cut is for.</summary>
    public bool IsShort(int g) => scarcity[g] > 0;

    /// <summary>What the cut at <paramref name="boost"/> takes off each technique's level and each need's fulfilment.</summary>
    public (double[] Activity, double[] Fulfilment) At(double boost)
    {
        var cut = new double[problem.NeedCount];
        var bundle = new double[problem.GoodCount];
        for (var n = 0; n < cut.Length; n++)
        {
            cut[n] = fulfilment[n] * Math.Min(1, boost * shares[n] / largest);
            if (cut[n] == 0)
                continue;
            var need = problem.Need(n);
            for (var k = 0; k < need.Goods.Length; k++)
                bundle[need.Goods[k]] += need.Quantities[k] * cut[n];
        }
        // The production that served the bundle, except the short goods' own: their makers keep running, so what the
        // bundle took of them, directly and through the other goods it embodied, is freed.
        var weights = (double[])activity.Clone();
        var starts = problem.TechniqueStarts;
        var goods = problem.TechniqueGoods;
        var coefficients = problem.TechniqueCoefficients;
        for (var t = 0; t < weights.Length; t++)
        {
            for (var k = starts[t]; k < starts[t + 1]; k++)
            {
                if (coefficients[k] > 0 && scarcity[goods[k]] > 0)
                    weights[t] = 0;
            }
        }
        var production = new double[problem.TechniqueCount];
        MakeUp.Produce(problem, weights, bundle, production);
        // A technique cannot give up more than it does.
        for (var t = 0; t < production.Length; t++)
            production[t] = Math.Min(production[t], activity[t]);
        return (production, cut);
    }

    /// <summary>E = v + Aᵀ·E over the plan's production, by iteration from E = v.</summary>
    private static double[] Embodied(PlanProblem problem, ReadOnlySpan<double> activity, double[] scarcity)
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
        var embodied = (double[])scarcity.Clone();
        var next = new double[embodied.Length];
        for (var round = 0; round < Rounds; round++)
        {
            scarcity.CopyTo(next, 0);
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
            if (change <= 1e-9 * top)
                break;
        }
        return embodied;
    }
}
