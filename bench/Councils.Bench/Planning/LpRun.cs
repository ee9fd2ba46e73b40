using System.Diagnostics;
using System.Globalization;
using Councils.Domain.Planning.Lp;

namespace Councils.Bench.Planning;

/// <summary>One measured run of one solver on one instance, as a child process prints it on one line.</summary>
internal sealed record LpRun(string Solver, int Threads, string Status, double Objective, double Seconds, long Iterations, double NnzPerSecond, long PeakWorkingSet)
{
    private const string Tag = "LPRUN";

    /// <summary>How the tables name the bare-product baseline.</summary>
    public const string SpmvName = "bare A·x + Aᵀ·y (CSR/CSC loops of `LinearProgram`)";

    /// <summary>The run in one phrase, for the progress lines.</summary>
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{Status} objective {Objective:R} in {Seconds:F3} s, {Iterations:N0} iterations, {NnzPerSecond / 1e6:F0} M nnz/s, peak working set {PeakWorkingSet / 1048576.0:F0} MiB");

    public string ToLine() => string.Create(CultureInfo.InvariantCulture,
        $"{Tag}\t{Solver}\t{Threads}\t{Status}\t{Objective:R}\t{Seconds:R}\t{Iterations}\t{NnzPerSecond:R}\t{PeakWorkingSet}");

    public static LpRun? Parse(string line)
    {
        var f = line.Split('\t');
        if (f.Length != 9 || f[0] != Tag)
            return null;
        var c = CultureInfo.InvariantCulture;
        return new LpRun(f[1], int.Parse(f[2], c), f[3], double.Parse(f[4], c), double.Parse(f[5], c), long.Parse(f[6], c), double.Parse(f[7], c), long.Parse(f[8], c));
    }

    /// <summary>
    /// Runs <paramref name="solver"/> ("spmv", "pdhg", "pdlp" or "glop") once on the instance and
    /// measures it; the peak working set is this process's, so each run is best in its own process.
    /// </summary>
    public static LpRun Measure(LinearProgram lp, string solver, int threads, double tolerance, TimeSpan? timeLimit)
    {
        var nnz = (double)lp.NonZeroCount;
        LpRun run;
        switch (solver)
        {
            case "spmv":
                var rate = SpmvRate(lp);
                run = new LpRun(solver, 1, "-", double.NaN, double.NaN, 0, rate, 0);
                break;
            case "pdhg":
                var watch = Stopwatch.StartNew();
                var result = PdhgSolver.Solve(lp, new PdhgOptions(Tolerance: tolerance, IterationLimit: int.MaxValue, Threads: threads, TimeLimit: timeLimit));
                var seconds = watch.Elapsed.TotalSeconds;
                run = new LpRun(solver, threads, result.Status.ToString(), result.Objective, seconds, result.Iterations, result.Iterations * 2 * nnz / seconds, 0);
                break;
            case "pdlp":
            case "glop":
                var o = OrToolsReference.Solve(lp, solver == "pdlp" ? OrToolsSolver.Pdlp : OrToolsSolver.GlopDual, tolerance, threads, timeLimit);
                var perIteration = solver == "pdlp" ? 2 * nnz : double.NaN;
                run = new LpRun(solver, solver == "pdlp" ? threads : 1, o.Status, o.Objective, o.Seconds, o.Iterations, o.Iterations * perIteration / o.Seconds, 0);
                break;
            default:
                throw new ArgumentException($"No solver '{solver}': spmv, pdhg, pdlp or glop.", nameof(solver));
        }
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return run with { PeakWorkingSet = self.PeakWorkingSet64 };
    }

    /// <summary>
    /// The bare rate of one A·x and one Aᵀ·y over the program's own CSR and CSC arrays on one core,
    /// in nonzeros per second: the median of seven samples of at least 0.3 s each.
    /// </summary>
    private static double SpmvRate(LinearProgram lp)
    {
        var random = new Random(7);
        var x = Enumerable.Range(0, lp.ColumnCount).Select(_ => random.NextDouble()).ToArray();
        var y = Enumerable.Range(0, lp.RowCount).Select(_ => random.NextDouble() - 0.5).ToArray();
        var ax = new double[lp.RowCount];
        var aty = new double[lp.ColumnCount];
        var rounds = 1;
        var samples = new List<double>();
        while (samples.Count < 7)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < rounds; i++)
            {
                lp.Multiply(x, ax);
                lp.MultiplyTransposed(y, aty);
                // Feed the products back so that no pass can be skipped or hoisted.
                x[i % x.Length] += ax[i % ax.Length] * 1e-300;
                y[i % y.Length] += aty[i % aty.Length] * 1e-300;
            }
            var seconds = watch.Elapsed.TotalSeconds;
            if (seconds < 0.3)
            {
                rounds *= 2;
                continue;
            }
            samples.Add(rounds * 2.0 * lp.NonZeroCount / seconds);
        }
        return Stats.Median(samples);
    }
}
