namespace Councils.Domain.Planning.Lp;

/// <summary>One run of <see cref="PdhgSolver"/>: the iterates, the averages and the restart state.</summary>
internal sealed class PdhgRun(PdhgProblem original, PdhgProblem scaled, PdhgOptions options)
{
    private readonly int m = scaled.Rows, n = scaled.Columns;
    private readonly double bNorm = original.BoundNorm(), cNorm = original.CostNorm();

    public PdhgResult Run()
    {
        var eta = 0.998 / scaled.NormEstimate();
        double sb = scaled.BoundNorm(), sc = scaled.CostNorm();
        var omega = sb > 0 && sc > 0 ? sc / sb : 1;
        var x = new double[n];
        var y = new double[m];
        for (var j = 0; j < n; j++)
            x[j] = Math.Max(scaled.ColumnLower[j], Math.Min(scaled.ColumnUpper[j], 0));
        var ax = new double[m];
        var aty = new double[n];
        scaled.Multiply(x, ax);
        var next = new double[n];
        var axNext = new double[m];
        var sumX = new double[n];
        var sumY = new double[m];
        var avgX = new double[n];
        var avgY = new double[m];
        var restartX = (double[])x.Clone();
        var restartY = (double[])y.Clone();
        var lastKkt = Kkt(x, y, omega);
        var previousCandidate = double.PositiveInfinity;
        int count = 0, restarts = 0, iteration = 0;
        PdhgResult? best = null;

        while (iteration < options.IterationLimit)
        {
            double tau = eta / omega, sigma = eta * omega;
            for (var j = 0; j < n; j++)
            {
                var v = x[j] - tau * (scaled.Cost[j] - aty[j]);
                next[j] = Math.Max(scaled.ColumnLower[j], Math.Min(scaled.ColumnUpper[j], v));
            }
            scaled.Multiply(next, axNext);
            for (var r = 0; r < m; r++)
            {
                var t = y[r] - sigma * (2 * axNext[r] - ax[r]);
                y[r] = Math.Max(t + sigma * scaled.RowLower[r], 0) + Math.Min(t + sigma * scaled.RowUpper[r], 0);
                sumY[r] += y[r];
            }
            (x, next) = (next, x);
            (ax, axNext) = (axNext, ax);
            for (var j = 0; j < n; j++)
                sumX[j] += x[j];
            scaled.MultiplyTransposed(y, aty);
            count++;
            iteration++;
            if (iteration % options.CheckEvery != 0 && iteration < options.IterationLimit)
                continue;

            for (var j = 0; j < n; j++)
                avgX[j] = sumX[j] / count;
            for (var r = 0; r < m; r++)
                avgY[r] = sumY[r] / count;
            var current = Unscaled(x, y, iteration, restarts);
            var average = Unscaled(avgX, avgY, iteration, restarts);
            if (current.Status == PdhgStatus.Optimal)
                return current;
            if (average.Status == PdhgStatus.Optimal)
                return average;
            best = Score(average) < Score(current) ? average : current;

            var kktCurrent = Kkt(x, y, omega);
            var kktAverage = Kkt(avgX, avgY, omega);
            var useAverage = kktAverage < kktCurrent;
            var candidate = Math.Min(kktAverage, kktCurrent);
            var restart = candidate <= 0.2 * lastKkt
                || (candidate <= 0.8 * lastKkt && candidate > previousCandidate)
                || count >= 0.36 * iteration;
            previousCandidate = candidate;
            if (!restart)
                continue;
            if (useAverage)
            {
                Array.Copy(avgX, x, n);
                Array.Copy(avgY, y, m);
                scaled.Multiply(x, ax);
                scaled.MultiplyTransposed(y, aty);
            }
            omega = NewWeight(omega, Distance(x, restartX), Distance(y, restartY));
            Array.Copy(x, restartX, n);
            Array.Copy(y, restartY, m);
            Array.Fill(sumX, 0.0);
            Array.Fill(sumY, 0.0);
            count = 0;
            restarts++;
            lastKkt = candidate;
            previousCandidate = double.PositiveInfinity;
        }
        return best ?? Unscaled(x, y, iteration, restarts);
    }

    private static double Score(PdhgResult r) => r.PrimalResidual + r.DualResidual + r.Gap;

    private static double NewWeight(double omega, double dx, double dy) =>
        dx > 1e-10 && dy > 1e-10 ? Math.Exp((0.5 * Math.Log(dy / dx)) + (0.5 * Math.Log(omega))) : omega;

    private static double Distance(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.Sqrt(sum);
    }

    private double Kkt(double[] x, double[] y, double omega)
    {
        var (p, d, po, dobj) = scaled.Measure(x, y, new double[m], new double[n]);
        var gap = po - dobj;
        return Math.Sqrt((omega * omega * p * p) + (d * d / (omega * omega)) + (gap * gap));
    }

    private PdhgResult Unscaled(double[] xs, double[] ys, int iteration, int restarts)
    {
        var x = new double[n];
        var y = new double[m];
        for (var j = 0; j < n; j++)
            x[j] = Math.Max(original.ColumnLower[j], Math.Min(original.ColumnUpper[j], xs[j] * scaled.ColumnScale[j]));
        for (var r = 0; r < m; r++)
            y[r] = ys[r] * scaled.RowScale[r];
        var (p, d, po, dobj) = original.Measure(x, y, new double[m], new double[n]);
        var gap = Math.Abs(po - dobj);
        var eps = options.Tolerance;
        var optimal = p <= eps * (1 + bNorm) && d <= eps * (1 + cNorm) && gap <= eps * (1 + Math.Abs(po) + Math.Abs(dobj));
        return new PdhgResult(optimal ? PdhgStatus.Optimal : PdhgStatus.IterationLimit, x, y, po, dobj, p, d, gap, iteration, restarts);
    }
}
