using System.Globalization;
using Councils.Domain.Planning.Lp;

namespace Councils.Bench.Planning;

/// <summary>
/// A synthetic LP family that is feasible and bounded by construction: maximise cᵀx subject to
/// Ax ≤ b, 0 ≤ x ≤ u, with A ≥ 0 and b &gt; 0. x = 0 is feasible and the box bounds the objective.
/// </summary>
/// <remarks>
/// Each column has <c>perColumn</c> entries in distinct random rows, values in [0.1, 1); c in [1, 2);
/// u in [1, 10). Each b_i is half of what row i would reach at x = u, so most rows cut the box and
/// the optimum is a genuine vertex rather than x = u. A row that no column touched gets
/// b_i = 1 and stays empty. Everything follows from the seed.
/// </remarks>
internal static class RandomLp
{
    public static LinearProgram Generate(int rows, int columns, int perColumn, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(perColumn, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(perColumn, rows);
        var random = new Random(seed);
        var builder = new LinearProgramBuilder
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"RANDOM-{rows}x{columns}x{perColumn}-{seed}"),
            WasMaximisation = true,
        };
        var reach = new double[rows];
        var upper = new double[columns];
        var entries = new List<(int Row, int Column, double Value)>(columns * perColumn);
        var chosen = new HashSet<int>();
        for (var j = 0; j < columns; j++)
        {
            upper[j] = 1 + 9 * random.NextDouble();
            chosen.Clear();
            while (chosen.Count < perColumn)
                chosen.Add(random.Next(rows));
            foreach (var r in chosen.Order())
            {
                var a = 0.1 + 0.9 * random.NextDouble();
                entries.Add((r, j, a));
                reach[r] += a * upper[j];
            }
        }
        for (var r = 0; r < rows; r++)
            builder.AddRow(string.Create(CultureInfo.InvariantCulture, $"R{r}"), double.NegativeInfinity, reach[r] > 0 ? reach[r] / 2 : 1);
        for (var j = 0; j < columns; j++)
            builder.AddColumn(string.Create(CultureInfo.InvariantCulture, $"X{j}"), -(1 + random.NextDouble()), 0, upper[j]);
        foreach (var (r, j, a) in entries)
            builder.AddEntry(r, j, a);
        return builder.Build();
    }
}
