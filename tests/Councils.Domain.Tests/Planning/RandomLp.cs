using Councils.Domain.Planning.Lp;

namespace Councils.Domain.Tests.Planning;

/// <summary>
/// Seeded random programs that are feasible and bounded by construction: a point x₀ inside the column box
/// sets the row bounds around A·x₀, and the cost is Aᵀy₀ plus reduced costs of the right sign for a y₀
/// that respects the row types, so both the program and its dual have a feasible point.
/// </summary>
internal static class RandomLp
{
    /// <param name="rows">How many rows.</param>
    /// <param name="columns">How many columns.</param>
    /// <param name="perColumn">How many entries each column draws (repeats dropped).</param>
    /// <param name="seed">The seed of the random source.</param>
    /// <param name="twist">
    /// "infeasible" adds a copy of the first row whose bounds exclude the first row's range; "unbounded" adds a
    /// column of cost −1 in no row and without upper bound; anything else leaves the program feasible and bounded.
    /// </param>
    public static LinearProgram Create(int rows, int columns, int perColumn, int seed, string twist = "")
    {
        var random = new Random(seed);
        var b = new LinearProgramBuilder { Name = $"RANDOM{rows}x{columns}" };
        var entries = new List<(int Row, int Column, double Value)>();
        var x0 = new double[columns];
        var lower = new double[columns];
        var upper = new double[columns];
        for (var j = 0; j < columns; j++)
        {
            lower[j] = 0;
            upper[j] = random.NextDouble() < 0.5 ? 1 + (9 * random.NextDouble()) : double.PositiveInfinity;
            x0[j] = double.IsFinite(upper[j]) ? upper[j] * random.NextDouble() : 5 * random.NextDouble();
            var seen = new HashSet<int>();
            for (var k = 0; k < perColumn; k++)
            {
                var r = random.Next(rows);
                if (seen.Add(r))
                    entries.Add((r, j, Math.Round((random.NextDouble() * 2) - 1, 3) is var v && v != 0 ? v : 0.5));
            }
        }
        var ax = new double[rows];
        foreach (var (r, j, v) in entries)
            ax[r] += v * x0[j];
        var y0 = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            var kind = random.Next(3);
            var (lo, hi) = kind switch
            {
                0 => (ax[r], ax[r]),
                1 => (double.NegativeInfinity, ax[r] + random.NextDouble()),
                _ => (ax[r] - random.NextDouble(), double.PositiveInfinity),
            };
            y0[r] = kind switch
            {
                0 => (random.NextDouble() * 2) - 1,
                1 => -random.NextDouble(),
                _ => random.NextDouble(),
            };
            b.AddRow($"R{r}", lo, hi);
        }
        var aty = new double[columns];
        foreach (var (r, j, v) in entries)
            aty[j] += v * y0[r];
        for (var j = 0; j < columns; j++)
        {
            var reduced = double.IsFinite(upper[j]) ? (random.NextDouble() * 2) - 1 : random.NextDouble();
            b.AddColumn($"C{j}", aty[j] + reduced, lower[j], upper[j]);
        }
        foreach (var (r, j, v) in entries)
            b.AddEntry(r, j, v);
        if (twist == "infeasible")
        {
            var (lo, hi) = (b.RowLower[0], b.RowUpper[0]);
            var copy = double.IsFinite(hi) ? b.AddRow("COPY", hi + 1, double.PositiveInfinity) : b.AddRow("COPY", double.NegativeInfinity, lo - 1);
            foreach (var (r, j, v) in entries.Where(e => e.Row == 0))
                b.AddEntry(copy, j, v);
        }
        if (twist == "unbounded")
            b.AddColumn("FREE", -1);
        return b.Build();
    }
}
