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
    public static LinearProgram Build(PlanProblem problem, ReadOnlySpan<double> capacities) => Build(problem, capacities, leveled: false);

    /// <summary>
    /// The polishing program: the balances and bounds of <see cref="Build(PlanProblem, ReadOnlySpan{double})"/>, no
    /// objective, and the objective as one more row, Σ_n priority_n·f_n ≥ level (row <see cref="PlanProblem.GoodCount"/>,
    /// its level 0 here; set it with <see cref="LinearProgram.WithRowLower"/>). A point that meets it is a plan at least
    /// that good.
    /// </summary>
    public static LinearProgram Leveled(PlanProblem problem, ReadOnlySpan<double> capacities) => Build(problem, capacities, leveled: true);

    private static LinearProgram Build(PlanProblem problem, ReadOnlySpan<double> capacities, bool leveled)
    {
        int goods = problem.GoodCount, techniques = problem.TechniqueCount, needs = problem.NeedCount, columns = techniques + needs;
        var techniqueEntries = problem.TechniqueGoods.Length;
        var level = leveled ? 1 : 0;
        var starts = new int[columns + 1];
        var rows = new int[techniqueEntries + problem.NeedGoods.Length + (level * needs)];
        var values = new double[rows.Length];
        problem.TechniqueStarts.CopyTo(starts);
        problem.TechniqueGoods.CopyTo(rows);
        problem.TechniqueCoefficients.CopyTo(values);
        var needStarts = problem.NeedStarts;
        var needGoods = problem.NeedGoods;
        var needQuantities = problem.NeedQuantities;
        for (var n = 0; n < needs; n++)
        {
            var at = techniqueEntries + needStarts[n] + (level * n);
            for (var k = needStarts[n]; k < needStarts[n + 1]; k++, at++)
                (rows[at], values[at]) = (needGoods[k], -needQuantities[k]);
            if (leveled)
                (rows[at], values[at]) = (goods, problem.Priorities[n]);
            starts[techniques + n + 1] = at + level;
        }
        var cost = new double[columns];
        var lower = new double[columns];
        var upper = new double[columns];
        capacities.CopyTo(upper);
        problem.Caps.CopyTo(upper.AsSpan(techniques));
        for (var n = 0; n < needs && !leveled; n++)
            cost[techniques + n] = -problem.Priorities[n];
        var rowLower = new double[goods + level];
        var rowUpper = new double[goods + level];
        for (var g = 0; g < goods; g++)
            rowLower[g] = -problem.Available[g];
        rowUpper.AsSpan().Fill(double.PositiveInfinity);
        return LinearProgram.FromColumns(
            leveled ? "plan-polishing" : "plan", new RowNames(problem, level), new ColumnNames(techniques, needs), cost, wasMaximisation: !leveled,
            rowLower, rowUpper, lower, upper, starts, rows, values);
    }

    /// <summary>The goods' codes, then the level row's name when there is one.</summary>
    private sealed class RowNames(PlanProblem problem, int level) : IReadOnlyList<string>
    {
        public string this[int index] => index < problem.GoodCount ? problem.Goods[index].Code : "objective-level";

        public int Count => problem.GoodCount + level;

        public IEnumerator<string> GetEnumerator() => Enumerable.Range(0, Count).Select(r => this[r]).GetEnumerator();

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
