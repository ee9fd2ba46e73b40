namespace Councils.Domain.Planning.InputOutput;

/// <summary>
/// The LU decomposition with partial pivoting of a square matrix, P M = L U, for solving linear
/// systems and inverting. A pivot this small relative to the matrix's largest entry makes the
/// matrix singular for our purposes, and a clear refusal beats a table of infinities.
/// </summary>
internal sealed class LuDecomposition
{
    private const double SingularRatio = 1e-12;
    private readonly double[,] lu;
    private readonly int[] permutation;

    private LuDecomposition(double[,] lu, int[] permutation)
    {
        this.lu = lu;
        this.permutation = permutation;
    }

    public int Size => permutation.Length;

    /// <summary>Factors a square matrix; refuses a singular one, naming it by <paramref name="what"/>.</summary>
    public static LuDecomposition Factor(Matrix matrix, string what)
    {
        if (matrix.Rows != matrix.Columns)
            throw new RuleViolation(Rules.PayloadInvalid, $"{what} is {matrix.Rows}×{matrix.Columns}, not square.", what);
        var n = matrix.Rows;
        var lu = matrix.ToArray();
        var permutation = Enumerable.Range(0, n).ToArray();
        var scale = Math.Max(matrix.MaxAbs(), double.Epsilon);
        for (var k = 0; k < n; k++)
        {
            var pivotRow = k;
            for (var i = k + 1; i < n; i++)
            {
                if (Math.Abs(lu[i, k]) > Math.Abs(lu[pivotRow, k]))
                    pivotRow = i;
            }
            if (Math.Abs(lu[pivotRow, k]) <= SingularRatio * scale)
                throw new RuleViolation(Rules.PayloadInvalid, $"{what} is singular (no pivot in column {k + 1}), so it has no inverse.", what);
            if (pivotRow != k)
            {
                for (var j = 0; j < n; j++)
                    (lu[k, j], lu[pivotRow, j]) = (lu[pivotRow, j], lu[k, j]);
                (permutation[k], permutation[pivotRow]) = (permutation[pivotRow], permutation[k]);
            }
            for (var i = k + 1; i < n; i++)
            {
                var factor = lu[i, k] /= lu[k, k];
                if (factor == 0)
                    continue;
                for (var j = k + 1; j < n; j++)
                    lu[i, j] -= factor * lu[k, j];
            }
        }
        return new LuDecomposition(lu, permutation);
    }

    /// <summary>Solves M x = b.</summary>
    public double[] Solve(IReadOnlyList<double> b)
    {
        var n = Size;
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = b[permutation[i]];
            for (var j = 0; j < i; j++)
                sum -= lu[i, j] * x[j];
            x[i] = sum;
        }
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = x[i];
            for (var j = i + 1; j < n; j++)
                sum -= lu[i, j] * x[j];
            x[i] = sum / lu[i, i];
        }
        return x;
    }

    /// <summary>M^-1, column by column.</summary>
    public Matrix Inverse()
    {
        var n = Size;
        var inverse = new double[n, n];
        var unit = new double[n];
        for (var j = 0; j < n; j++)
        {
            Array.Clear(unit);
            unit[j] = 1;
            var column = Solve(unit);
            for (var i = 0; i < n; i++)
                inverse[i, j] = column[i];
        }
        return Matrix.Own(inverse);
    }
}
