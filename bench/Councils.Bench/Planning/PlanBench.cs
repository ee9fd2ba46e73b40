using System.Diagnostics;
using System.Globalization;
using Councils.Domain.Planning.Economy;
using Councils.Domain.Planning.Lp;

namespace Councils.Bench.Planning;

/// <summary>
/// The plan pipeline on a generated economy (issue 5): the economy's generation, <see cref="PlanSolver.Solve"/>
/// (PDHG, feasibility repair, certificate) with a trace of every restart, OR-Tools PDLP and GLOP on the same
/// linear program, and the bare A·x + Aᵀ·y rate over its matrix. Every run is a child process of its own; the
/// reference runs are the <c>lp</c> benchmark's own children (<c>lp --child … --economy PRODUCTS …</c>).
/// </summary>
internal static class PlanBench
{
    /// <summary>The relative figures whose first crossing the trace reports.</summary>
    public static readonly double[] Thresholds = [1e-2, 1e-3, 1e-4, 1e-5, 1e-6];

    public static int Run(string[] args)
    {
        var productsText = Stats.Option(args, "products", "");
        if (productsText.Length == 0)
        {
            Console.Error.WriteLine("plan: give --products N");
            return 2;
        }
        var settings = LpSource.Economy(int.Parse(productsText, CultureInfo.InvariantCulture), args);
        if (Stats.Option(args, "child", "") == "plan")
        {
            Console.WriteLine(Measure(settings, args).ToLine());
            return 0;
        }
        return Parent(settings, args);
    }

    /// <summary>
    /// The solver's options from the command line; the parent prints them and the child solves with them, so a new
    /// <see cref="PlanSolverOptions"/> setting is one line here.
    /// </summary>
    private static PlanSolverOptions Options(string[] args, Action<PdhgProgress>? progress, Action<PlanCertificate>? certified = null) => new(
        Tolerance: double.Parse(Stats.Option(args, "tolerance", "1e-4"), CultureInfo.InvariantCulture),
        IterationLimit: int.MaxValue,
        Threads: int.Parse(Stats.Option(args, "threads", "1"), CultureInfo.InvariantCulture),
        Progress: progress,
        TimeLimit: Stats.Option(args, "time-limit", "") is { Length: > 0 } limit ? TimeSpan.FromSeconds(double.Parse(limit, CultureInfo.InvariantCulture)) : null,
        CertifiedGap: Stats.Option(args, "gap", "") is { Length: > 0 } gap ? double.Parse(gap, CultureInfo.InvariantCulture) : null,
        Certified: certified,
        Polish: Stats.Option(args, "polish", "yes") != "no",
        ScarcityCuts: Stats.Option(args, "cuts", "") is { Length: > 0 } cuts ? int.Parse(cuts, CultureInfo.InvariantCulture) : new PlanSolverOptions().ScarcityCuts);

    private static PlanRun Measure(GeneratorSettings settings, string[] args)
    {
        var watch = Stopwatch.StartNew();
        var problem = EconomyGenerator.Generate(settings);
        var generateSeconds = watch.Elapsed.TotalSeconds;
        var trace = new PlanTrace(live: Stats.Option(args, "live", "no") == "yes");
        var options = Options(args, trace.Record, trace.Certified);
        watch.Restart();
        var solution = PlanSolver.Solve(problem, options);
        var seconds = watch.Elapsed.TotalSeconds;
        var pdhg = solution.Solver;
        var residuals = pdhg.Status == PdhgStatus.Optimal ? options.Tolerance : double.NaN;
        var relativeGap = pdhg.Gap / (1 + Math.Abs(pdhg.Objective) + Math.Abs(pdhg.DualObjective));
        trace.End(new PdhgProgress(pdhg.Iterations, pdhg.Restarts, pdhg.Objective, residuals, residuals, relativeGap, TimeSpan.FromSeconds(seconds)));
        var path = Path.Combine(Stats.Option(args, "trace-dir", "plan-traces"), string.Create(CultureInfo.InvariantCulture,
            $"plan-{settings.Products}p-{settings.InputsPerTechnique}i-s{settings.Seed}-t{options.Threads}-tol{options.Tolerance:G3}-run{Stats.Option(args, "run", "1")}.tsv"));
        trace.Write(path);
        var certificate = solution.Certificate;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return new PlanRun(
            options.Threads, generateSeconds, settings.Products, problem.TechniqueCount, problem.GoodCount, problem.NeedCount, problem.NonZeroCount,
            seconds, pdhg.Iterations, pdhg.Restarts, pdhg.Status.ToString(), -pdhg.Objective, relativeGap,
            certificate.Objective, certificate.Bound, certificate.Gap, certificate.MaxShortfall, certificate.Solver?.RepairRounds ?? 0, self.PeakWorkingSet64,
            [.. Thresholds.Select(t => trace.FirstBelow(t, all: false))], [.. Thresholds.Select(t => trace.FirstBelow(t, all: true))],
            [.. Thresholds.Select(t => certificate.Gap <= t && double.IsNaN(trace.FirstCertified(t)) ? seconds : trace.FirstCertified(t))], path);
    }

    private static int Parent(GeneratorSettings settings, string[] args)
    {
        var options = Options(args, null);
        var repeat = int.Parse(Stats.Option(args, "repeat", "1"), CultureInfo.InvariantCulture);
        var references = Stats.Option(args, "ortools", "pdlp") switch
        {
            "none" => [],
            "pdlp" => new[] { $"pdlp:{options.Threads}" },
            "glop" => ["glop:1"],
            "both" => [$"pdlp:{options.Threads}", "glop:1"],
            var other => throw new ArgumentException($"--ortools '{other}' is not none, pdlp, glop or both"),
        };
        // The lp benchmark's children make the same economy's program from --economy and take the same tolerance.
        string[] lpArgs = ["--economy", settings.Products.ToString(CultureInfo.InvariantCulture), "--tolerance", options.Tolerance.ToString("R", CultureInfo.InvariantCulture), .. args];
        Console.WriteLine($"plan: {LpSource.Describe(settings)}");
        Console.WriteLine($"  {options with { Progress = null }}; OR-Tools to the same relative tolerance on {options.Threads} thread(s) (GLOP on 1): {(references.Length > 0 ? string.Join(", ", references) : "none")}; repeat {repeat}; load average {ChildRun.LoadAverage()}");
        var total = Stopwatch.StartNew();
        var plans = new List<PlanRun>();
        var others = new Dictionary<string, List<LpRun>>();
        for (var r = 1; r <= repeat; r++)
        {
            foreach (var configuration in (string[])["spmv", "plan", .. references])
            {
                if (configuration == "plan")
                {
                    var run = ChildRun.Start("plan", "plan", ["--run", r.ToString(CultureInfo.InvariantCulture), .. args], PlanRun.Parse);
                    plans.Add(run);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  run {r}/{repeat} plan:{run.Threads}: generated in {run.GenerateSeconds:F2} s; {run.Status} after {run.Iterations:N0} iterations in {run.Seconds:F2} s, PDHG rel. gap {run.PdhgRelativeGap:0.0E+0}, repaired objective {run.Objective:G10}, certified gap {run.CertifiedGap:0.0E+0}, peak working set {run.PeakWorkingSet / 1048576.0:F0} MiB; trace {run.TracePath}; load {ChildRun.LoadAverage()}"));
                    continue;
                }
                var other = ChildRun.Start("lp", configuration, lpArgs, LpRun.Parse);
                (others.TryGetValue(configuration, out var list) ? list : others[configuration] = []).Add(other);
                Console.WriteLine($"  run {r}/{repeat} {configuration}: {other.Summary()}; load {ChildRun.LoadAverage()}");
            }
        }
        Console.WriteLine($"  all runs in {total.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine();
        PlanTables.Print(plans, others);
        return 0;
    }
}
