using Councils.Domain.Planning.Lp;

namespace Councils.Domain.Tests.Planning;

/// <summary>
/// Checks the meaning of a parsed program, not just its shape: every vertex of the feasible region of
/// Chvátal's LP is enumerated from the parsed rows and bounds, and the best one is the published optimum.
/// </summary>
public sealed class ChvatalVertexTests
{
    [Fact]
    public void Read_Chvatal_VertexEnumerationFindsTheOptimum()
    {
        var lp = LpAssert.Netlib("chvatal_ch2_dictionary_example.mps");

        var (value, x) = BestVertex(lp);

        Assert.Equal(-13, value, 1e-9);
        Assert.Equal([2.0, 0.0, 1.0], x.Select(v => Math.Round(v, 9)));
    }

    [Fact]
    public void Read_Chvatal_HasTheTextbookData()
    {
        var lp = LpAssert.Netlib("chvatal_ch2_dictionary_example.mps");

        Assert.Equal([-5.0, -4.0, -3.0], lp.Cost.ToArray());
        Assert.Equal([5.0, 11.0, 8.0], lp.RowUpper.ToArray());
        Assert.All(lp.RowLower.ToArray(), l => Assert.Equal(double.NegativeInfinity, l));
        Assert.Equal(9, lp.NonZeroCount);
    }

    /// <summary>All the program's inequalities as g·x ≤ h; every choice of n of them tight is tried.</summary>
    internal static (double Value, double[] X) BestVertex(LinearProgram lp)
    {
        int n = lp.ColumnCount;
        var constraints = new List<(double[] G, double H)>();
        for (var r = 0; r < lp.RowCount; r++)
        {
            var a = new double[n];
            for (var k = lp.RowStarts[r]; k < lp.RowStarts[r + 1]; k++)
                a[lp.RowColumnIndices[k]] = lp.RowValues[k];
            if (double.IsFinite(lp.RowUpper[r]))
                constraints.Add((a, lp.RowUpper[r]));
            if (double.IsFinite(lp.RowLower[r]))
                constraints.Add((a.Select(v => -v).ToArray(), -lp.RowLower[r]));
        }
        for (var j = 0; j < n; j++)
        {
            var e = new double[n];
            e[j] = 1;
            if (double.IsFinite(lp.ColumnUpper[j]))
                constraints.Add((e, lp.ColumnUpper[j]));
            if (double.IsFinite(lp.ColumnLower[j]))
                constraints.Add((e.Select(v => -v).ToArray(), -lp.ColumnLower[j]));
        }
        var best = (Value: double.PositiveInfinity, X: Array.Empty<double>());
        foreach (var subset in Subsets(constraints.Count, n))
        {
            if (Solve(subset.Select(i => constraints[i]).ToList(), n) is not { } x)
                continue;
            if (!constraints.All(c => c.G.Zip(x, (g, v) => g * v).Sum() <= c.H + 1e-9))
                continue;
            var value = lp.ObjectiveValue(x);
            if (value < best.Value)
                best = (value, x);
        }
        return best;
    }

    private static IEnumerable<int[]> Subsets(int count, int size)
    {
        var pick = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            yield return (int[])pick.Clone();
            var i = size - 1;
            while (i >= 0 && pick[i] == count - size + i)
                i--;
            if (i < 0)
                yield break;
            pick[i]++;
            for (var k = i + 1; k < size; k++)
                pick[k] = pick[k - 1] + 1;
        }
    }

    /// <summary>Gaussian elimination with partial pivoting; null when the rows are singular.</summary>
    private static double[]? Solve(List<(double[] G, double H)> rows, int n)
    {
        var m = rows.Select(r => r.G.Append(r.H).ToArray()).ToArray();
        for (var c = 0; c < n; c++)
        {
            var p = Enumerable.Range(c, n - c).MaxBy(r => Math.Abs(m[r][c]));
            if (Math.Abs(m[p][c]) < 1e-12)
                return null;
            (m[c], m[p]) = (m[p], m[c]);
            for (var r = 0; r < n; r++)
            {
                if (r == c) continue;
                var f = m[r][c] / m[c][c];
                for (var k = c; k <= n; k++)
                    m[r][k] -= f * m[c][k];
            }
        }
        return Enumerable.Range(0, n).Select(i => m[i][n] / m[i][i]).ToArray();
    }
}
