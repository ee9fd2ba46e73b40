using System.Runtime.CompilerServices;

namespace Councils.Domain.Planning.Lp;

/// <summary>
/// The vectors of a PDHG run (current point, candidate step, step-weighted sums since the last restart, the
/// restart point) and the chunked loops that move them, each fused so a vector is read once per pass.
/// </summary>
/// <remarks>
/// The sums take each accepted point with its step size as weight. Adding a point is deferred to the next
/// pass that reads it anyway (<see cref="pending"/>), so accumulating costs no pass of its own.
/// </remarks>
internal sealed class PdhgIterates
{
    private const int Fields = 2;
    private readonly PdhgProblem problem;
    private readonly double[] columnWeight, rowWeight, columnPartials, rowPartials;
    private readonly Action<int> primal, dual, flushColumns, flushRows, averageColumns, averageRows, distanceColumns, distanceRows;
    private double tau, sigma, pending, totalWeight;

    public PdhgIterates(PdhgProblem problem)
    {
        this.problem = problem;
        int m = problem.Rows, n = problem.Columns;
        (X, NextX, SumX, AverageX, RestartX) = (new double[n], new double[n], new double[n], new double[n], new double[n]);
        (Aty, NextAty, AverageAty) = (new double[n], new double[n], new double[n]);
        (Y, NextY, SumY, AverageY, RestartY) = (new double[m], new double[m], new double[m], new double[m], new double[m]);
        (Ax, NextAx, AverageAx) = (new double[m], new double[m], new double[m]);
        columnWeight = new double[n];
        rowWeight = new double[m];
        for (var j = 0; j < n; j++)
            columnWeight[j] = 1 / (problem.ColumnScale[j] * problem.ColumnScale[j]);
        for (var r = 0; r < m; r++)
            rowWeight[r] = 1 / (problem.RowScale[r] * problem.RowScale[r]);
        columnPartials = new double[problem.ColumnChunks.Count * Fields];
        rowPartials = new double[problem.RowChunks.Count * Fields];
        (primal, dual) = (PrimalStep, DualStep);
        (flushColumns, flushRows) = (FlushColumns, FlushRows);
        (averageColumns, averageRows) = (AverageColumns, AverageRows);
        (distanceColumns, distanceRows) = (DistanceColumns, DistanceRows);
    }

    public double[] X { get; private set; }
    public double[] NextX { get; private set; }
    public double[] Ax { get; private set; }
    public double[] NextAx { get; private set; }
    public double[] Aty { get; private set; }
    public double[] NextAty { get; private set; }
    public double[] Y { get; private set; }
    public double[] NextY { get; private set; }
    public double[] SumX { get; }
    public double[] SumY { get; }
    public double[] AverageX { get; }
    public double[] AverageY { get; }
    public double[] AverageAx { get; }
    public double[] AverageAty { get; }
    public double[] RestartX { get; }
    public double[] RestartY { get; }

    /// <summary>Whether any point has been added to the sums since the last restart.</summary>
    public bool HasAverage => totalWeight > 0;

    /// <summary>x' = proj_box(x − τE²(c − Aᵀy)) into <see cref="NextX"/>; returns ‖x' − x‖² in scaled units.</summary>
    public double StepPrimal(double primalStep)
    {
        tau = primalStep;
        problem.ColumnChunks.Run(primal);
        return problem.ColumnChunks.Sum(columnPartials, Fields, 0);
    }

    /// <summary>
    /// y' from s = y − σD²(A(2x' − x)) projected by the row bounds, into <see cref="NextY"/>; needs
    /// <see cref="NextAx"/>. Returns ‖y' − y‖² in scaled units and (y' − y)ᵀA(x' − x).
    /// </summary>
    public (double Movement, double Interaction) StepDual(double dualStep)
    {
        sigma = dualStep;
        problem.RowChunks.Run(dual);
        pending = 0;
        return (problem.RowChunks.Sum(rowPartials, Fields, 0), problem.RowChunks.Sum(rowPartials, Fields, 1));
    }

    /// <summary>Makes the candidate step the current point (its Aᵀy' must be in <see cref="NextAty"/>), weighted <paramref name="weight"/> in the average.</summary>
    public void Accept(double weight)
    {
        (X, NextX) = (NextX, X);
        (Y, NextY) = (NextY, Y);
        (Ax, NextAx) = (NextAx, Ax);
        (Aty, NextAty) = (NextAty, Aty);
        pending = weight;
        totalWeight += weight;
    }

    /// <summary>Writes the weighted averages since the last restart into <see cref="AverageX"/> and <see cref="AverageY"/>.</summary>
    public void Average()
    {
        problem.ColumnChunks.Run(flushColumns);
        problem.RowChunks.Run(flushRows);
        pending = 0;
        problem.ColumnChunks.Run(averageColumns);
        problem.RowChunks.Run(averageRows);
    }

    /// <summary>
    /// Restarts from the average (when asked) or the current point: it becomes the restart point and the sums
    /// empty. Returns how far it is from the previous restart point, in scaled units.
    /// </summary>
    public (double Primal, double Dual) Restart(bool fromAverage)
    {
        if (fromAverage)
        {
            Array.Copy(AverageX, X, X.Length);
            Array.Copy(AverageY, Y, Y.Length);
            Array.Copy(AverageAx, Ax, Ax.Length);
            Array.Copy(AverageAty, Aty, Aty.Length);
        }
        var distance = DistanceFromRestart();
        Array.Copy(X, RestartX, X.Length);
        Array.Copy(Y, RestartY, Y.Length);
        Array.Clear(SumX);
        Array.Clear(SumY);
        pending = totalWeight = 0;
        return distance;
    }

    private (double Primal, double Dual) DistanceFromRestart()
    {
        problem.ColumnChunks.Run(distanceColumns);
        problem.RowChunks.Run(distanceRows);
        return (Math.Sqrt(problem.ColumnChunks.Sum(columnPartials, Fields, 0)), Math.Sqrt(problem.RowChunks.Sum(rowPartials, Fields, 0)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PrimalStep(int chunk)
    {
        var cost = problem.Program.Cost;
        var lower = problem.Program.ColumnLower;
        var upper = problem.Program.ColumnUpper;
        double[] x = X, next = NextX, aty = Aty, sum = SumX, scale = problem.ColumnScale;
        var movement = 0.0;
        for (var j = problem.ColumnChunks.Start(chunk); j < problem.ColumnChunks.End(chunk); j++)
        {
            var current = x[j];
            sum[j] += pending * current;
            var e = scale[j];
            var moved = Math.Max(lower[j], Math.Min(upper[j], current - (tau * e * e * (cost[j] - aty[j]))));
            next[j] = moved;
            var d = moved - current;
            movement += d * d * columnWeight[j];
        }
        columnPartials[chunk * Fields] = movement;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void DualStep(int chunk)
    {
        var lower = problem.Program.RowLower;
        var upper = problem.Program.RowUpper;
        double[] y = Y, next = NextY, ax = Ax, axNext = NextAx, sum = SumY, scale = problem.RowScale;
        double movement = 0, interaction = 0;
        for (var r = problem.RowChunks.Start(chunk); r < problem.RowChunks.End(chunk); r++)
        {
            var current = y[r];
            sum[r] += pending * current;
            var d = scale[r];
            var step = sigma * d * d;
            var s = current - (step * ((2 * axNext[r]) - ax[r]));
            var moved = Math.Max(s + (step * lower[r]), 0) + Math.Min(s + (step * upper[r]), 0);
            next[r] = moved;
            var dy = moved - current;
            movement += dy * dy * rowWeight[r];
            interaction += dy * (axNext[r] - ax[r]);
        }
        var at = chunk * Fields;
        (rowPartials[at], rowPartials[at + 1]) = (movement, interaction);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FlushColumns(int chunk)
    {
        for (var j = problem.ColumnChunks.Start(chunk); j < problem.ColumnChunks.End(chunk); j++)
            SumX[j] += pending * X[j];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FlushRows(int chunk)
    {
        for (var r = problem.RowChunks.Start(chunk); r < problem.RowChunks.End(chunk); r++)
            SumY[r] += pending * Y[r];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AverageColumns(int chunk)
    {
        var lower = problem.Program.ColumnLower;
        var upper = problem.Program.ColumnUpper;
        for (var j = problem.ColumnChunks.Start(chunk); j < problem.ColumnChunks.End(chunk); j++)
            AverageX[j] = Math.Max(lower[j], Math.Min(upper[j], SumX[j] / totalWeight));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AverageRows(int chunk)
    {
        for (var r = problem.RowChunks.Start(chunk); r < problem.RowChunks.End(chunk); r++)
            AverageY[r] = SumY[r] / totalWeight;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void DistanceColumns(int chunk)
    {
        var sum = 0.0;
        for (var j = problem.ColumnChunks.Start(chunk); j < problem.ColumnChunks.End(chunk); j++)
        {
            var d = X[j] - RestartX[j];
            sum += d * d * columnWeight[j];
        }
        columnPartials[chunk * Fields] = sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void DistanceRows(int chunk)
    {
        var sum = 0.0;
        for (var r = problem.RowChunks.Start(chunk); r < problem.RowChunks.End(chunk); r++)
        {
            var d = Y[r] - RestartY[r];
            sum += d * d * rowWeight[r];
        }
        rowPartials[chunk * Fields] = sum;
    }
}
