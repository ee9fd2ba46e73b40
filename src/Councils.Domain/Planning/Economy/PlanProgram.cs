using Councils.Domain.Planning.Lp;

namespace Councils.Domain.Planning.Economy;

/// <summary>
/// The linear program of a <see cref="PlanProblem"/>, made straight from its flat arrays: columns are the techniques
/// (x_t ∈ [0, capacity_t]) then the needs (f_n ∈ [0, cap_n]); rows are the goods' material balances
/// Σ_t a_tg·x_t − Σ_n q_ng·f_n ≥ −available_g; the objective maximises Σ_n priority_n·f_n, held as the minimisation of
/// its negation. A balance's dual (positive when it presses its lower bound) is the good's price.
/// </summary>
internal static class PlanProgram
{
    public static LinearProgram Build(PlanProblem problem) => Build(problem, problem.Capacities);

    /// <summary>The program with the given capacities in place of the posed ones (<see cref="ImpliedCapacities"/>).</summary>
    public static LinearProgram Build(PlanProblem problem, ReadOnlySpan<double> capacities)
    {
        int goods = problem.GoodCount, techniques = problem.TechniqueCount, needs = problem.NeedCount, columns = techniques + needs;
        var techniqueEntries = problem.TechniqueGoods.Length;
        var starts = new int[columns + 1];
        var rows = new int[techniqueEntries + problem.NeedGoods.Length];
        var values = new double[rows.Length];
        problem.TechniqueStarts.CopyTo(starts);
        problem.TechniqueGoods.CopyTo(rows);
        problem.TechniqueCoefficients.CopyTo(values);
        var needStarts = problem.NeedStarts;
        var needQuantities = problem.NeedQuantities;
        for (var n = 0; n < needs; n++)
            starts[techniques + n + 1] = techniqueEntries + needStarts[n + 1];
        problem.NeedGoods.CopyTo(rows.AsSpan(techniqueEntries));
        for (var k = 0; k < needQuantities.Length; k++)
            values[techniqueEntries + k] = -needQuantities[k];
        var cost = new double[columns];
        var lower = new double[columns];
        var upper = new double[columns];
        capacities.CopyTo(upper);
        problem.Caps.CopyTo(upper.AsSpan(techniques));
        for (var n = 0; n < needs; n++)
            cost[techniques + n] = -problem.Priorities[n];
        var rowLower = new double[goods];
        var rowUpper = new double[goods];
        for (var g = 0; g < goods; g++)
        {
            rowLower[g] = -problem.Available[g];
            rowUpper[g] = double.PositiveInfinity;
        }
        return LinearProgram.FromColumns(
            "plan", new GoodNames(problem), new ColumnNames(techniques, needs), cost, wasMaximisation: true,
            rowLower, rowUpper, lower, upper, starts, rows, values);
    }

    private sealed class GoodNames(PlanProblem problem) : IReadOnlyList<string>
    {
        public string this[int index] => problem.Goods[index].Code;

        public int Count => problem.GoodCount;

        public IEnumerator<string> GetEnumerator() => problem.Goods.Select(g => g.Code).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class ColumnNames(int techniques, int needs) : IReadOnlyList<string>
    {
        private readonly IndexedNames t = new("technique", techniques), n = new("need", needs);

        public string this[int index] => index < techniques ? t[index] : n[index - techniques];

        public int Count => techniques + needs;

        public IEnumerator<string> GetEnumerator() => t.Concat(n).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
