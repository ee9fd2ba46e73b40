namespace Councils.Domain.Planning.Economy;

/// <summary>The material balance of every good under a plan, by one pass over the techniques and needs.</summary>
internal static class Balances
{
    /// <summary>
    /// Fills supply_g = available_g + Σ_{a_tg&gt;0} a_tg·x_t and use_g = Σ_{a_tg&lt;0} −a_tg·x_t + Σ_n q_ng·f_n;
    /// the balance is supply − use, short when negative.
    /// </summary>
    public static void Compute(PlanProblem problem, ReadOnlySpan<double> activity, ReadOnlySpan<double> fulfilment, Span<double> supply, Span<double> use)
    {
        problem.Available.CopyTo(supply);
        use.Clear();
        var starts = problem.TechniqueStarts;
        var goods = problem.TechniqueGoods;
        var coefficients = problem.TechniqueCoefficients;
        for (var t = 0; t < activity.Length; t++)
        {
            var x = activity[t];
            if (x == 0)
                continue;
            for (var k = starts[t]; k < starts[t + 1]; k++)
            {
                var a = coefficients[k];
                if (a > 0)
                    supply[goods[k]] += a * x;
                else
                    use[goods[k]] -= a * x;
            }
        }
        var needStarts = problem.NeedStarts;
        var needGoods = problem.NeedGoods;
        var quantities = problem.NeedQuantities;
        for (var n = 0; n < fulfilment.Length; n++)
        {
            var f = fulfilment[n];
            if (f == 0)
                continue;
            for (var k = needStarts[n]; k < needStarts[n + 1]; k++)
                use[needGoods[k]] += quantities[k] * f;
        }
    }
}
