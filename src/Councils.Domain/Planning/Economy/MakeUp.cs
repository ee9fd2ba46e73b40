namespace Councils.Domain.Planning.Economy;

/// <summary>
/// The production that makes a given net output of the goods techniques can make: the make-up plan of
/// <see cref="FeasibilityRepair"/>.
/// </summary>
/// <remarks>
/// The gross output Y of every good solves Y = d + (what the techniques use to make Y), by the iteration
/// Y ← d + use(split(Y)) from Y = d, as for an input-output table; it rises to the fixed point when the economy is
/// productive. split(Y) shares the gross output of a good among the techniques that make it in proportion to
/// their weights w_t (m_t = w_t · the largest, over t's outputs g, of Y_g / Σ_{t' makes g} w_t'·a_t'g), so a
/// technique making several goods runs for the most demanding one and the others are surplus. Goods no technique can make (primary
/// resources) are not made; what the make-up uses of them is left to the caller.
/// </remarks>
internal static class MakeUp
{
    /// <summary>The most rounds of the iteration; an unproductive economy stops there and the caller sees it in the net output.</summary>
    public const int Rounds = 1000;

    /// <summary>Activities that make at least about <paramref name="target"/> net of every makeable good; returns the rounds used.</summary>
    public static int Produce(PlanProblem problem, ReadOnlySpan<double> weights, ReadOnlySpan<double> target, Span<double> activity)
    {
        var starts = problem.TechniqueStarts;
        var goods = problem.TechniqueGoods;
        var coefficients = problem.TechniqueCoefficients;
        var share = new double[problem.GoodCount];
        for (var t = 0; t < weights.Length; t++)
        {
            for (var k = starts[t]; k < starts[t + 1]; k++)
            {
                if (coefficients[k] > 0)
                    share[goods[k]] += weights[t] * coefficients[k];
            }
        }
        var gross = new double[problem.GoodCount];
        var used = new double[problem.GoodCount];
        for (var g = 0; g < gross.Length; g++)
            gross[g] = share[g] > 0 ? target[g] : 0;
        var round = 0;
        while (true)
        {
            Split(problem, weights, share, gross, activity);
            if (++round >= Rounds)
                return round;
            used.AsSpan().Clear();
            for (var t = 0; t < activity.Length; t++)
            {
                var m = activity[t];
                if (m == 0)
                    continue;
                for (var k = starts[t]; k < starts[t + 1]; k++)
                {
                    if (coefficients[k] < 0)
                        used[goods[k]] -= coefficients[k] * m;
                }
            }
            double change = 0, largest = 0;
            for (var g = 0; g < gross.Length; g++)
            {
                if (share[g] == 0)
                    continue;
                var next = target[g] + used[g];
                change = Math.Max(change, Math.Abs(next - gross[g]));
                largest = Math.Max(largest, next);
                gross[g] = next;
            }
            if (change <= 1e-15 * largest)
            {
                Split(problem, weights, share, gross, activity);
                return round;
            }
        }
    }

    private static void Split(PlanProblem problem, ReadOnlySpan<double> weights, double[] share, double[] gross, Span<double> activity)
    {
        var starts = problem.TechniqueStarts;
        var goods = problem.TechniqueGoods;
        var coefficients = problem.TechniqueCoefficients;
        for (var t = 0; t < activity.Length; t++)
        {
            var level = 0.0;
            if (weights[t] > 0)
            {
                for (var k = starts[t]; k < starts[t + 1]; k++)
                {
                    var g = goods[k];
                    if (coefficients[k] > 0 && gross[g] > 0)
                        level = Math.Max(level, gross[g] / share[g]);
                }
            }
            activity[t] = weights[t] * level;
        }
    }
}
