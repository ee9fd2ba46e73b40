using System.Globalization;

namespace Councils.Domain.Planning.InputOutput;

/// <summary>
/// An immutable dense matrix of doubles, rows by columns. Input-output tables are small (a few
/// hundred sectors at most) and their coefficients are estimates, so dense binary floating point is
/// the right representation here, unlike in counting.
/// </summary>
public sealed class Matrix
{
    private readonly double[,] cells;

    /// <summary>Makes a matrix from its cells, copied.</summary>
    /// <param name="cells">The cells, row-major; every value must be finite.</param>
    public Matrix(double[,] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        this.cells = (double[,])cells.Clone();
        foreach (var value in this.cells)
        {
            if (!double.IsFinite(value))
                throw new RuleViolation(Rules.PayloadInvalid, "A matrix holds a value that is not a finite number.", "matrix");
        }
    }

    private Matrix(double[,] cells, bool owned)
    {
        _ = owned;
        this.cells = cells;
    }

    /// <summary>The number of rows.</summary>
    public int Rows => cells.GetLength(0);

    /// <summary>The number of columns.</summary>
    public int Columns => cells.GetLength(1);

    /// <summary>The cell at a row and a column, both from 0.</summary>
    public double this[int row, int column] => cells[row, column];

    /// <summary>The identity matrix of a size.</summary>
    public static Matrix Identity(int size)
    {
        var cells = new double[size, size];
        for (var i = 0; i < size; i++)
            cells[i, i] = 1;
        return new Matrix(cells, owned: true);
    }

    /// <summary>Makes a matrix from rows of equal length.</summary>
    public static Matrix FromRows(IReadOnlyList<IReadOnlyList<double>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var width = rows.Count == 0 ? 0 : rows[0].Count;
        var cells = new double[rows.Count, width];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Count != width)
                throw new RuleViolation(Rules.PayloadInvalid, $"Row {i + 1} has {rows[i].Count} values; row 1 has {width}.", $"row {i + 1}");
            for (var j = 0; j < width; j++)
                cells[i, j] = rows[i][j];
        }
        return new Matrix(cells);
    }

    /// <summary>Wraps cells this assembly built and will not change again.</summary>
    internal static Matrix Own(double[,] cells) => new(cells, owned: true);

    /// <summary>The product of this matrix and another.</summary>
    public Matrix Times(Matrix other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Columns != other.Rows)
            throw new RuleViolation(Rules.PayloadInvalid, $"A {Rows}×{Columns} matrix cannot multiply a {other.Rows}×{other.Columns} one.", "matrix");
        var product = new double[Rows, other.Columns];
        for (var i = 0; i < Rows; i++)
        {
            for (var k = 0; k < Columns; k++)
            {
                var a = cells[i, k];
                if (a == 0)
                    continue;
                for (var j = 0; j < other.Columns; j++)
                    product[i, j] += a * other.cells[k, j];
            }
        }
        return Own(product);
    }

    /// <summary>The product of this matrix and a column vector.</summary>
    public double[] Times(IReadOnlyList<double> vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        if (vector.Count != Columns)
            throw new RuleViolation(Rules.PayloadInvalid, $"A vector of {vector.Count} values does not fit a matrix of {Columns} columns.", "vector");
        var product = new double[Rows];
        for (var i = 0; i < Rows; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < Columns; j++)
                sum += cells[i, j] * vector[j];
            product[i] = sum;
        }
        return product;
    }

    /// <summary>The sum of this matrix and another of the same shape.</summary>
    public Matrix Plus(Matrix other) => Combine(other, 1);

    /// <summary>This matrix less another of the same shape.</summary>
    public Matrix Minus(Matrix other) => Combine(other, -1);

    /// <summary>This matrix with each row scaled by a factor.</summary>
    public Matrix ScaleRows(IReadOnlyList<double> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        var scaled = (double[,])cells.Clone();
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Columns; j++)
                scaled[i, j] *= factors[i];
        }
        return Own(scaled);
    }

    /// <summary>The largest absolute value of a cell.</summary>
    public double MaxAbs()
    {
        var max = 0.0;
        foreach (var value in cells)
            max = Math.Max(max, Math.Abs(value));
        return max;
    }

    /// <summary>The largest absolute difference between a cell of this matrix and the same cell of another.</summary>
    public double MaxAbsDifference(Matrix other) => Minus(other).MaxAbs();

    /// <summary>A copy of the cells.</summary>
    public double[,] ToArray() => (double[,])cells.Clone();

    /// <inheritdoc />
    public override string ToString() =>
        string.Join("; ", Enumerable.Range(0, Rows).Select(i =>
            string.Join(' ', Enumerable.Range(0, Columns).Select(j => cells[i, j].ToString("G6", CultureInfo.InvariantCulture)))));

    private Matrix Combine(Matrix other, double sign)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Rows != other.Rows || Columns != other.Columns)
            throw new RuleViolation(Rules.PayloadInvalid, $"A {Rows}×{Columns} matrix and a {other.Rows}×{other.Columns} one do not have the same shape.", "matrix");
        var result = new double[Rows, Columns];
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Columns; j++)
                result[i, j] = cells[i, j] + (sign * other.cells[i, j]);
        }
        return Own(result);
    }
}
