namespace Councils.Domain.Planning.Economy;

/// <summary>
/// How each council answers indicative prices on its own: a workplace council runs a technique at full capacity
/// when its profit per unit is positive and not at all when negative; a consumer council takes a need to its cap
/// when its value per unit is positive. Summed, these best responses are the plan's Lagrangian bound.
/// </summary>
/// <remarks>
/// <para>Prices are read as <c>p⁺ = max(p, 0)</c>: a balance is a "≥" row, so a negative multiplier is never the
/// better one and the bound is valid only for non-negative prices.</para>
/// <para>For any prices p ≥ 0 and any plan (x, f) that meets every balance and bound,
/// Σ_n priority_n·f_n ≤ Σ_n priority_n·f_n + Σ_g p_g·(balance_g + available_g) =
/// Σ_g p_g·available_g + Σ_t profit_t(p)·x_t + Σ_n value_n(p)·f_n ≤ <see cref="Bound"/>(p),
/// since each term is at most its council's best response. So the bound is an upper limit on every plan's
/// objective, whatever the prices; good prices make it tight.</para>
/// </remarks>
public static class CouncilResponses
{
    /// <summary>The profit per unit of a technique: Σ_g p⁺_g·a_tg (outputs valued less inputs).</summary>
    public static double Profit(Technique technique, ReadOnlySpan<double> prices)
    {
        var goods = technique.Goods;
        var coefficients = technique.Coefficients;
        var profit = 0.0;
        for (var k = 0; k < goods.Length; k++)
            profit += Math.Max(0, prices[goods[k]]) * coefficients[k];
        return profit;
    }

    /// <summary>The value per unit of fulfilment of a need: priority − Σ_g p⁺_g·q_ng.</summary>
    public static double Value(Need need, ReadOnlySpan<double> prices)
    {
        var goods = need.Goods;
        var quantities = need.Quantities;
        var cost = 0.0;
        for (var k = 0; k < goods.Length; k++)
            cost += Math.Max(0, prices[goods[k]]) * quantities[k];
        return need.Priority - cost;
    }

    /// <summary>A workplace council's best activity level for a technique: its capacity when profitable, else 0.</summary>
    public static double BestActivity(Technique technique, ReadOnlySpan<double> prices) =>
        Profit(technique, prices) > 0 ? technique.Capacity : 0;

    /// <summary>What a technique's best response earns: capacity·max(0, profit); +∞ for a profitable one without a capacity.</summary>
    public static double Surplus(Technique technique, ReadOnlySpan<double> prices) => Surplus(Profit(technique, prices), technique.Capacity);

    /// <summary>What a need's best response earns: cap·max(0, value); +∞ for a valuable target bundle (unlimited cap).</summary>
    public static double Surplus(Need need, ReadOnlySpan<double> prices) => Surplus(Value(need, prices), need.Cap);

    /// <summary>Every technique's profit per unit, in order.</summary>
    public static double[] Profits(PlanProblem problem, ReadOnlySpan<double> prices)
    {
        ArgumentNullException.ThrowIfNull(problem);
        CheckPrices(problem, prices);
        var profits = new double[problem.TechniqueCount];
        for (var t = 0; t < profits.Length; t++)
            profits[t] = Profit(problem.Technique(t), prices);
        return profits;
    }

    /// <summary>Every need's value per unit of fulfilment, in order.</summary>
    public static double[] Values(PlanProblem problem, ReadOnlySpan<double> prices)
    {
        ArgumentNullException.ThrowIfNull(problem);
        CheckPrices(problem, prices);
        var values = new double[problem.NeedCount];
        for (var n = 0; n < values.Length; n++)
            values[n] = Value(problem.Need(n), prices);
        return values;
    }

    /// <summary>
    /// The Lagrangian bound L(p) = Σ_g p⁺_g·available_g + Σ_t capacity_t·max(0, profit_t) + Σ_n cap_n·max(0, value_n):
    /// the sum of every council's best response and the value of what is available. +∞ when a profitable technique has
    /// no capacity or a valuable need no cap.
    /// </summary>
    public static double Bound(PlanProblem problem, ReadOnlySpan<double> prices)
    {
        ArgumentNullException.ThrowIfNull(problem);
        CheckPrices(problem, prices);
        var bound = 0.0;
        for (var g = 0; g < problem.GoodCount; g++)
            bound += Math.Max(0, prices[g]) * problem.Available[g];
        for (var t = 0; t < problem.TechniqueCount; t++)
            bound += Surplus(problem.Technique(t), prices);
        for (var n = 0; n < problem.NeedCount; n++)
            bound += Surplus(problem.Need(n), prices);
        return bound;
    }

    private static double Surplus(double perUnit, double limit) =>
        perUnit <= 0 ? 0 : double.IsPositiveInfinity(limit) ? double.PositiveInfinity : perUnit * limit;

    private static void CheckPrices(PlanProblem problem, ReadOnlySpan<double> prices)
    {
        if (prices.Length != problem.GoodCount)
            throw new ArgumentException($"{prices.Length} prices for {problem.GoodCount} goods.", nameof(prices));
    }
}
