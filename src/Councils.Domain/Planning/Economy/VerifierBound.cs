namespace Councils.Domain.Planning.Economy;

/// <summary>The verifier's own computation of the Lagrangian bound and of each council's answer to the prices.</summary>
internal static class VerifierBound
{
    public static (double Bound, double[] Profits, double[] Values) Compute(PlanProblem problem, ReadOnlySpan<double> prices)
    {
        var bound = 0.0;
        for (var g = 0; g < problem.GoodCount; g++)
            bound += Positive(prices[g]) * problem.Available[g];
        var profits = new double[problem.TechniqueCount];
        for (var t = 0; t < profits.Length; t++)
        {
            var technique = problem.Technique(t);
            var goods = technique.Goods;
            var coefficients = technique.Coefficients;
            var profit = 0.0;
            for (var k = 0; k < goods.Length; k++)
                profit += Positive(prices[goods[k]]) * coefficients[k];
            profits[t] = profit;
            bound += Best(profit, technique.Capacity);
        }
        var values = new double[problem.NeedCount];
        for (var n = 0; n < values.Length; n++)
        {
            var need = problem.Need(n);
            var goods = need.Goods;
            var quantities = need.Quantities;
            var cost = 0.0;
            for (var k = 0; k < goods.Length; k++)
                cost += Positive(prices[goods[k]]) * quantities[k];
            values[n] = need.Priority - cost;
            bound += Best(values[n], need.Cap);
        }
        return (bound, profits, values);
    }

    private static double Positive(double price) => price > 0 ? price : 0;

    private static double Best(double perUnit, double limit) =>
        perUnit <= 0 ? 0 : double.IsPositiveInfinity(limit) ? double.PositiveInfinity : perUnit * limit;
}
