using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Councils.Domain.Planning.Lp;

/// <summary>
/// The program as PDHG sees it: the <see cref="LinearProgram"/>'s own arrays, read in place, and the
/// diagonal scaling found by equilibration, held as two vectors rather than as a rescaled copy of the matrix.
/// </summary>
/// <remarks>
/// Equilibration stands for the scaled matrix D·A·E (D on rows, E on columns) with scaled point x̃ = E⁻¹x and
/// scaled duals ỹ = D⁻¹y. PDHG on the scaled program, written back in the original variables, is PDHG with the
/// diagonal step sizes τE² and σD², so the iterates stay in the original units and every product is with A
/// itself. The products run chunk by chunk (<see cref="PdhgChunks"/>), each sum in index order.
/// </remarks>
internal sealed class PdhgProblem
{
    private readonly Action<int> rowProduct, columnProduct, rowSizes, columnSizes;
    private double[] source = [], target = [];
    private bool sizesAreSums;
    private double[] rowSize = [], columnSize = [];

    public PdhgProblem(LinearProgram lp, int threads)
    {
        Program = lp;
        Rows = lp.RowCount;
        Columns = lp.ColumnCount;
        RowChunks = new PdhgChunks(lp.RowStarts, threads);
        ColumnChunks = new PdhgChunks(lp.ColumnStarts, threads);
        RowScale = new double[Rows];
        ColumnScale = new double[Columns];
        Array.Fill(RowScale, 1.0);
        Array.Fill(ColumnScale, 1.0);
        rowProduct = RowProduct;
        columnProduct = ColumnProduct;
        rowSizes = RowSizes;
        columnSizes = ColumnSizes;
    }

    public LinearProgram Program { get; }
    public int Rows { get; }
    public int Columns { get; }
    public PdhgChunks RowChunks { get; }
    public PdhgChunks ColumnChunks { get; }

    /// <summary>D: the scaled duals are D⁻¹y.</summary>
    public double[] RowScale { get; }

    /// <summary>E: the scaled point is E⁻¹x.</summary>
    public double[] ColumnScale { get; }

    /// <summary>Ruiz passes (scale by 1/√ of each row's and column's largest scaled entry), then one Pock–Chambolle pass with α = 1.</summary>
    public void Equilibrate(int ruizIterations)
    {
        rowSize = new double[Rows];
        columnSize = new double[Columns];
        for (var pass = 0; pass <= ruizIterations; pass++)
        {
            sizesAreSums = pass == ruizIterations;
            RowChunks.Run(rowSizes);
            ColumnChunks.Run(columnSizes);
            for (var r = 0; r < Rows; r++)
                RowScale[r] *= rowSize[r] > 0 ? 1 / Math.Sqrt(rowSize[r]) : 1;
            for (var j = 0; j < Columns; j++)
                ColumnScale[j] *= columnSize[j] > 0 ? 1 / Math.Sqrt(columnSize[j]) : 1;
        }
        rowSize = columnSize = [];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RowSizes(int chunk)
    {
        var starts = Program.RowStarts;
        var columns = Program.RowColumnIndices;
        var values = Program.RowValues;
        for (var r = RowChunks.Start(chunk); r < RowChunks.End(chunk); r++)
        {
            var size = 0.0;
            for (var k = starts[r]; k < starts[r + 1]; k++)
            {
                var a = Math.Abs(values[k]) * ColumnScale[columns[k]];
                size = sizesAreSums ? size + a : Math.Max(size, a);
            }
            rowSize[r] = size * RowScale[r];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ColumnSizes(int chunk)
    {
        var starts = Program.ColumnStarts;
        var rows = Program.ColumnRowIndices;
        var values = Program.ColumnValues;
        for (var j = ColumnChunks.Start(chunk); j < ColumnChunks.End(chunk); j++)
        {
            var size = 0.0;
            for (var k = starts[j]; k < starts[j + 1]; k++)
            {
                var a = Math.Abs(values[k]) * RowScale[rows[k]];
                size = sizesAreSums ? size + a : Math.Max(size, a);
            }
            columnSize[j] = size * ColumnScale[j];
        }
    }

    /// <summary>Writes A·x into <paramref name="activity"/>.</summary>
    public void Multiply(double[] x, double[] activity)
    {
        (source, target) = (x, activity);
        RowChunks.Run(rowProduct);
    }

    /// <summary>Writes Aᵀ·y into <paramref name="result"/>.</summary>
    public void MultiplyTransposed(double[] y, double[] result)
    {
        (source, target) = (y, result);
        ColumnChunks.Run(columnProduct);
    }

    private void RowProduct(int chunk) =>
        Product(Program.RowStarts, Program.RowColumnIndices, Program.RowValues, RowChunks.Start(chunk), RowChunks.End(chunk));

    private void ColumnProduct(int chunk) =>
        Product(Program.ColumnStarts, Program.ColumnRowIndices, Program.ColumnValues, ColumnChunks.Start(chunk), ColumnChunks.End(chunk));

    /// <remarks>The indices come from a validated <see cref="LinearProgram"/>, so the gathers skip bounds checks.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Product(ReadOnlySpan<int> starts, ReadOnlySpan<int> indices, ReadOnlySpan<double> values, int first, int end)
    {
        ref var index = ref MemoryMarshal.GetReference(indices);
        ref var value = ref MemoryMarshal.GetReference(values);
        ref var input = ref MemoryMarshal.GetArrayDataReference(source);
        var output = target;
        for (var i = first; i < end; i++)
        {
            var sum = 0.0;
            for (int k = starts[i], stop = starts[i + 1]; k < stop; k++)
                sum += Unsafe.Add(ref value, k) * Unsafe.Add(ref input, Unsafe.Add(ref index, k));
            output[i] = sum;
        }
    }

    /// <summary>‖D·A·E‖₂ by power iteration on its normal matrix from the all-ones vector.</summary>
    public double NormEstimate(int iterations)
    {
        var v = new double[Columns];
        var w = new double[Columns];
        var av = new double[Rows];
        Array.Fill(v, 1.0);
        var norm = 0.0;
        for (var i = 0; i < iterations; i++)
        {
            var length = Math.Sqrt(SquaredNorm(v));
            if (length == 0)
                return 1;
            for (var j = 0; j < Columns; j++)
                w[j] = v[j] / length * ColumnScale[j];
            Multiply(w, av);
            for (var r = 0; r < Rows; r++)
                av[r] *= RowScale[r] * RowScale[r];
            MultiplyTransposed(av, v);
            for (var j = 0; j < Columns; j++)
                v[j] *= ColumnScale[j];
            norm = Math.Sqrt(Math.Sqrt(SquaredNorm(v)));
        }
        return norm > 0 ? norm : 1;
    }

    /// <summary>max |(D·A·E)_rj|, PDLP's first guess for the adaptive step's scale (1 for an empty matrix).</summary>
    public double LargestEntry()
    {
        var starts = Program.ColumnStarts;
        var rows = Program.ColumnRowIndices;
        var values = Program.ColumnValues;
        var largest = 0.0;
        for (var j = 0; j < Columns; j++)
        {
            for (var k = starts[j]; k < starts[j + 1]; k++)
                largest = Math.Max(largest, Math.Abs(values[k]) * RowScale[rows[k]] * ColumnScale[j]);
        }
        return largest > 0 ? largest : 1;
    }

    private static double SquaredNorm(double[] v)
    {
        var sum = 0.0;
        foreach (var value in v)
            sum += value * value;
        return sum;
    }

    /// <summary>‖the finite row bounds‖₂, each row counted by its larger finite bound; scaled by D when asked.</summary>
    public double BoundNorm(bool scaled)
    {
        var sum = 0.0;
        for (var r = 0; r < Rows; r++)
        {
            double l = Program.RowLower[r], u = Program.RowUpper[r];
            var b = Math.Max(double.IsFinite(l) ? Math.Abs(l) : 0, double.IsFinite(u) ? Math.Abs(u) : 0) * (scaled ? RowScale[r] : 1);
            sum += b * b;
        }
        return Math.Sqrt(sum);
    }

    /// <summary>‖c‖₂; scaled by E when asked.</summary>
    public double CostNorm(bool scaled)
    {
        var sum = 0.0;
        for (var j = 0; j < Columns; j++)
        {
            var c = Program.Cost[j] * (scaled ? ColumnScale[j] : 1);
            sum += c * c;
        }
        return Math.Sqrt(sum);
    }
}
