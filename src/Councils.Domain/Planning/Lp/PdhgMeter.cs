using System.Runtime.CompilerServices;

namespace Councils.Domain.Planning.Lp;

/// <summary>Measures a point (x, y) whose products A·x and Aᵀ·y are already known, chunk by chunk.</summary>
internal sealed class PdhgMeter
{
    private const int RowFields = 3, ColumnFields = 4;
    private readonly PdhgProblem problem;
    private readonly double[] rowPartials, columnPartials;
    private readonly Action<int> rows, columns;
    private double[] x = [], y = [], ax = [], aty = [];

    public PdhgMeter(PdhgProblem problem)
    {
        this.problem = problem;
        rowPartials = new double[problem.RowChunks.Count * RowFields];
        columnPartials = new double[problem.ColumnChunks.Count * ColumnFields];
        rows = MeasureRows;
        columns = MeasureColumns;
    }

    /// <summary>The residuals and objectives at (<paramref name="point"/>, <paramref name="duals"/>); x must lie in the column box.</summary>
    public PdhgMeasures Measure(double[] point, double[] duals, double[] activity, double[] reduced)
    {
        (x, y, ax, aty) = (point, duals, activity, reduced);
        problem.RowChunks.Run(rows);
        problem.ColumnChunks.Run(columns);
        var rc = problem.RowChunks;
        var cc = problem.ColumnChunks;
        var constant = problem.Program.ObjectiveConstant;
        return new PdhgMeasures(
            Math.Sqrt(rc.Sum(rowPartials, RowFields, 0)),
            Math.Sqrt(cc.Sum(columnPartials, ColumnFields, 0)),
            constant + cc.Sum(columnPartials, ColumnFields, 2),
            constant + rc.Sum(rowPartials, RowFields, 2) + cc.Sum(columnPartials, ColumnFields, 3),
            Math.Sqrt(rc.Sum(rowPartials, RowFields, 1)),
            Math.Sqrt(cc.Sum(columnPartials, ColumnFields, 1)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MeasureRows(int chunk)
    {
        var lower = problem.Program.RowLower;
        var upper = problem.Program.RowUpper;
        var scale = problem.RowScale;
        double primal = 0, scaledPrimal = 0, dual = 0;
        for (var r = problem.RowChunks.Start(chunk); r < problem.RowChunks.End(chunk); r++)
        {
            var violation = ax[r] - Math.Max(lower[r], Math.Min(upper[r], ax[r]));
            primal += violation * violation;
            var scaled = violation * scale[r];
            scaledPrimal += scaled * scaled;
            if (y[r] > 0)
                dual += y[r] * lower[r];
            else if (y[r] < 0)
                dual += y[r] * upper[r];
        }
        var at = chunk * RowFields;
        (rowPartials[at], rowPartials[at + 1], rowPartials[at + 2]) = (primal, scaledPrimal, dual);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MeasureColumns(int chunk)
    {
        var cost = problem.Program.Cost;
        var lower = problem.Program.ColumnLower;
        var upper = problem.Program.ColumnUpper;
        var scale = problem.ColumnScale;
        double residual = 0, scaledResidual = 0, primal = 0, dual = 0;
        for (var j = problem.ColumnChunks.Start(chunk); j < problem.ColumnChunks.End(chunk); j++)
        {
            primal += cost[j] * x[j];
            var lambda = cost[j] - aty[j];
            if (lambda > 0 && double.IsFinite(lower[j]))
            {
                dual += lambda * lower[j];
            }
            else if (lambda < 0 && double.IsFinite(upper[j]))
            {
                dual += lambda * upper[j];
            }
            else
            {
                residual += lambda * lambda;
                var scaled = lambda * scale[j];
                scaledResidual += scaled * scaled;
            }
        }
        var at = chunk * ColumnFields;
        (columnPartials[at], columnPartials[at + 1], columnPartials[at + 2], columnPartials[at + 3]) = (residual, scaledResidual, primal, dual);
    }
}
