using System.Diagnostics;

namespace Councils.Domain.Planning.Lp;

/// <summary>One run of <see cref="PdhgSolver"/>: the step size, the primal weight, the checks and the restarts.</summary>
internal sealed class PdhgRun(PdhgProblem problem, PdhgOptions options, Stopwatch clock)
{
    private readonly PdhgIterates it = new(problem);
    private readonly PdhgMeter meter = new(problem);
    private readonly double bNorm = problem.BoundNorm(scaled: false), cNorm = problem.CostNorm(scaled: false);
    private readonly double[] bestX = new double[problem.Columns], bestY = new double[problem.Rows];
    private readonly double[] previousX = new double[problem.Columns], previousAty = new double[problem.Columns];
    private readonly double[] previousY = new double[problem.Rows], previousAx = new double[problem.Rows];
    private PdhgMeasures best;
    private double bestScore = double.PositiveInfinity;
    private int iteration, restarts;

    public PdhgResult Run()
    {
        double sb = problem.BoundNorm(scaled: true), sc = problem.CostNorm(scaled: true);
        var omega = sb > 0 && sc > 0 ? sc / sb : 1;
        // PDLP's first guess for the adaptive step needs no power iteration; the fixed step needs a good ‖A‖₂.
        var eta = options.AdaptiveSteps ? 1 / problem.LargestEntry() : 0.998 / problem.NormEstimate(200);
        var lower = problem.Program.ColumnLower;
        var upper = problem.Program.ColumnUpper;
        var startX = options.Start?.X;
        for (var j = 0; j < problem.Columns; j++)
            it.X[j] = Math.Max(lower[j], Math.Min(upper[j], startX is null ? 0 : startX[j]));
        if (options.Start?.Y is { } startY)
        {
            var rowLower = problem.Program.RowLower;
            var rowUpper = problem.Program.RowUpper;
            for (var r = 0; r < problem.Rows; r++)
                it.Y[r] = Math.Max(double.IsFinite(rowUpper[r]) ? double.NegativeInfinity : 0, Math.Min(double.IsFinite(rowLower[r]) ? double.PositiveInfinity : 0, startY[r]));
            problem.MultiplyTransposed(it.Y, it.Aty);
        }
        problem.Multiply(it.X, it.Ax);
        it.Restart(fromAverage: false);
        Remember();
        var start = meter.Measure(it.X, it.Y, it.Ax, it.Aty);
        Keep(start, it.X, it.Y);
        var lastKkt = Kkt(start, omega);
        var previousCandidate = double.PositiveInfinity;
        var sinceRestart = 0;

        while (iteration < options.IterationLimit)
        {
            var step = eta;
            var movementX = it.StepPrimal(step / omega);
            problem.Multiply(it.NextX, it.NextAx);
            var (movementY, interaction) = it.StepDual(step * omega);
            iteration++;
            sinceRestart++;
            var accepted = true;
            if (options.AdaptiveSteps)
            {
                var movement = (omega * movementX) + (movementY / omega);
                var limit = interaction != 0 ? movement / (2 * Math.Abs(interaction)) : double.PositiveInfinity;
                accepted = step <= limit;
                eta = Math.Min((1 - Math.Pow(iteration + 1, -0.3)) * limit, (1 + Math.Pow(iteration + 1, -0.6)) * step);
            }
            if (accepted)
            {
                problem.MultiplyTransposed(it.NextY, it.NextAty);
                it.Accept(step);
            }
            if (iteration % options.CheckEvery != 0 && iteration < options.IterationLimit)
                continue;

            var current = meter.Measure(it.X, it.Y, it.Ax, it.Aty);
            if (IsOptimal(current))
                return Result(PdhgStatus.Optimal, it.X, it.Y, current);
            Keep(current, it.X, it.Y);
            var average = current;
            var hasAverage = it.HasAverage;
            if (hasAverage)
            {
                it.Average();
                problem.Multiply(it.AverageX, it.AverageAx);
                problem.MultiplyTransposed(it.AverageY, it.AverageAty);
                average = meter.Measure(it.AverageX, it.AverageY, it.AverageAx, it.AverageAty);
                if (IsOptimal(average))
                    return Result(PdhgStatus.Optimal, it.AverageX, it.AverageY, average);
                Keep(average, it.AverageX, it.AverageY);
            }
            if (Infeasibility() is { } certificate)
                return certificate;
            if (options.TimeLimit is { } limitTime && clock.Elapsed >= limitTime)
                break;

            var kktCurrent = Kkt(current, omega);
            var kktAverage = hasAverage ? Kkt(average, omega) : double.PositiveInfinity;
            var useAverage = kktAverage < kktCurrent;
            var candidate = Math.Min(kktAverage, kktCurrent);
            var restart = candidate <= 0.2 * lastKkt
                || (candidate <= 0.8 * lastKkt && candidate > previousCandidate)
                || sinceRestart >= 0.36 * iteration;
            previousCandidate = candidate;
            if (restart)
            {
                var (dx, dy) = it.Restart(useAverage);
                omega = NewWeight(omega, dx, dy);
                sinceRestart = 0;
                restarts++;
                lastKkt = candidate;
                previousCandidate = double.PositiveInfinity;
                var reached = useAverage ? average : current;
                Report(reached);
                if (options.Accept is { } accept && accept(it.X, it.Y))
                    return Result(PdhgStatus.Accepted, it.X, it.Y, reached);
            }
            Remember();
        }
        return Result(PdhgStatus.IterationLimit, bestX, bestY, best);
    }

    /// <summary>ε for the ray tests; see <see cref="PdhgOptions.InfeasibilityTolerance"/>.</summary>
    private double RayTolerance => options.InfeasibilityTolerance;

    private static double NewWeight(double omega, double dx, double dy) =>
        dx > 1e-10 && dy > 1e-10 ? Math.Exp((0.5 * Math.Log(dy / dx)) + (0.5 * Math.Log(omega))) : omega;

    private static double Kkt(PdhgMeasures m, double omega)
    {
        var gap = m.PrimalObjective - m.DualObjective;
        return Math.Sqrt((omega * omega * m.ScaledPrimal * m.ScaledPrimal) + (m.ScaledDual * m.ScaledDual / (omega * omega)) + (gap * gap));
    }

    private bool IsOptimal(PdhgMeasures m)
    {
        var eps = options.Tolerance;
        if (options.FeasibilityOnly)
            return m.Primal <= eps * (1 + bNorm);
        return m.Primal <= eps * (1 + bNorm) && m.Dual <= eps * (1 + cNorm)
            && m.Gap <= eps * (1 + Math.Abs(m.PrimalObjective) + Math.Abs(m.DualObjective));
    }

    /// <summary>Keeps the point with the smallest sum of residuals and gap as the answer should the run stop unfinished.</summary>
    private void Keep(PdhgMeasures m, double[] x, double[] y)
    {
        var score = options.FeasibilityOnly ? m.Primal : m.Primal + m.Dual + m.Gap;
        if (!(score < bestScore) && bestScore < double.PositiveInfinity)
            return;
        (best, bestScore) = (m, score);
        Array.Copy(x, bestX, x.Length);
        Array.Copy(y, bestY, y.Length);
    }

    private void Remember()
    {
        Array.Copy(it.X, previousX, previousX.Length);
        Array.Copy(it.Y, previousY, previousY.Length);
        Array.Copy(it.Ax, previousAx, previousAx.Length);
        Array.Copy(it.Aty, previousAty, previousAty.Length);
    }

    private void Report(PdhgMeasures m) =>
        options.Progress?.Invoke(new PdhgProgress(
            iteration, restarts, m.PrimalObjective, m.Primal / (1 + bNorm), m.Dual / (1 + cNorm),
            m.Gap / (1 + Math.Abs(m.PrimalObjective) + Math.Abs(m.DualObjective)), clock.Elapsed));

    /// <summary>
    /// Tests the move since the last check (which tends to a ray when there is no optimum) and, for the dual,
    /// the iterate itself; a candidate that passes is cleaned, multiplied afresh and tested again.
    /// </summary>
    private PdhgResult? Infeasibility()
    {
        var lp = problem.Program;
        var eps = RayTolerance;
        if (PdhgRay.IsDualRay(lp, it.Y, previousY, it.Aty, previousAty, eps) && Confirmed(Difference(it.Y, previousY), dual: true) is { } moved)
            return Certificate(PdhgStatus.PrimalInfeasible, moved);
        if (PdhgRay.IsDualRay(lp, it.Y, null, it.Aty, null, eps) && Confirmed((double[])it.Y.Clone(), dual: true) is { } point)
            return Certificate(PdhgStatus.PrimalInfeasible, point);
        if (PdhgRay.IsPrimalRay(lp, it.X, previousX, it.Ax, previousAx, eps) && Confirmed(Difference(it.X, previousX), dual: false) is { } ray)
            return Certificate(PdhgStatus.DualInfeasible, ray);
        return null;
    }

    /// <summary>The ray cleaned of what leans on an infinite bound, if it still passes with a fresh product.</summary>
    private double[]? Confirmed(double[] ray, bool dual)
    {
        var lp = problem.Program;
        if (dual)
        {
            PdhgRay.ProjectDual(lp, ray);
            var aty = new double[problem.Columns];
            problem.MultiplyTransposed(ray, aty);
            return PdhgRay.IsDualRay(lp, ray, null, aty, null, RayTolerance) ? ray : null;
        }
        PdhgRay.ProjectPrimal(lp, ray);
        var ad = new double[problem.Rows];
        problem.Multiply(ray, ad);
        return PdhgRay.IsPrimalRay(lp, ray, null, ad, null, RayTolerance) ? ray : null;
    }

    private PdhgResult Certificate(PdhgStatus status, double[] ray)
    {
        var result = Result(status, bestX, bestY, best);
        return status == PdhgStatus.PrimalInfeasible
            ? result with { DualRay = PdhgRay.Normalised(ray) }
            : result with { PrimalRay = PdhgRay.Normalised(ray) };
    }

    private static double[] Difference(double[] a, double[] b)
    {
        var d = new double[a.Length];
        for (var i = 0; i < a.Length; i++)
            d[i] = a[i] - b[i];
        return d;
    }

    private PdhgResult Result(PdhgStatus status, double[] x, double[] y, PdhgMeasures m) =>
        new(status, (double[])x.Clone(), (double[])y.Clone(), m.PrimalObjective, m.DualObjective,
            m.Primal, m.Dual, m.Gap, iteration, restarts);
}
