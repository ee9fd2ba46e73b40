using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Councils.Domain.Planning.Lp;

namespace Councils.Cli.Verbs;

/// <summary>The options <c>plan solve</c> shares across the kinds of input, read once, and the progress line they ask for.</summary>
internal sealed record PlanSolveSettings(double? Tolerance, int Threads, bool Json, string? Out, TimeSpan? TimeLimit, bool Progress, int IterationLimit, double? Gap, bool? Polish, int? Cuts)
{
    /// <summary>After this long a run reports its restarts on standard error even without <c>--progress</c>.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);

    public static PlanSolveSettings Read(CliContext c)
    {
        var tolerance = c.Args.Optional("tolerance") is { } t
            ? double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var eps) && eps > 0 && eps < 1 ? eps : throw new UsageException($"--tolerance is a number between 0 and 1, not '{t}'")
            : (double?)null;
        var gap = c.Args.Optional("gap") is { } g
            ? double.TryParse(g, NumberStyles.Float, CultureInfo.InvariantCulture, out var target) && target > 0 && target < 1 ? target : throw new UsageException($"--gap is a number between 0 and 1, not '{g}'")
            : (double?)null;
        var threads = c.Args.OptionalLong("threads") is { } n ? n is >= 1 and <= 1024 ? (int)n : throw new UsageException($"--threads is between 1 and 1024, not {n}") : 1;
        var limit = c.Args.Optional("time-limit") is { } s
            ? double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds < 1e7 ? TimeSpan.FromSeconds(seconds) : throw new UsageException($"--time-limit is a number of seconds, not '{s}'")
            : (TimeSpan?)null;
        var iterations = c.Args.OptionalLong("iteration-limit") is { } i ? i <= int.MaxValue ? (int)i : throw new UsageException("--iteration-limit is too large") : 500_000;
        var polish = c.Args.Optional("polish") switch
        {
            null => (bool?)null,
            "yes" => true,
            "no" => false,
            var other => throw new UsageException($"--polish is yes or no, not '{other}'"),
        };
        var cuts = c.Args.OptionalLong("cuts") is { } k ? k is >= 0 and <= 100 ? (int)k : throw new UsageException($"--cuts is between 0 and 100, not {k}") : (int?)null;
        return new PlanSolveSettings(tolerance, threads, Format(c), c.Args.Optional("out"), limit, c.Args.Flag("progress"), iterations, gap, polish, cuts);
    }

    /// <summary>Whether <c>--format</c> (or <c>--json</c>) asks for JSON.</summary>
    public static bool Format(CliContext c) => (c.Args.Optional("format") ?? (c.WantsJson ? "json" : "text")) switch
    {
        "json" => true,
        "text" => false,
        var other => throw new UsageException($"--format '{other}' is not text or json"),
    };

    /// <summary>A progress callback writing one line per restart to standard error, from the start with --progress, else once the run is long.</summary>
    public Action<PdhgProgress> ProgressLine(CliContext c) => p =>
    {
        if (Progress || p.Elapsed >= Quiet)
        {
            c.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"councils: restart {p.Restarts} at iteration {p.Iteration}, {p.Elapsed.TotalSeconds:F1} s: objective {p.Objective:G10}, relative primal {p.RelativePrimalResidual:E2}, dual {p.RelativeDualResidual:E2}, gap {p.RelativeGap:E2}"));
        }
    };

    public PdhgOptions Pdhg(CliContext c, double defaultTolerance) =>
        new(Tolerance: Tolerance ?? defaultTolerance, IterationLimit: IterationLimit, Threads: Threads, Progress: ProgressLine(c), TimeLimit: TimeLimit);

    /// <summary>A JSON number, or null for a value JSON cannot hold (±∞, NaN).</summary>
    public static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    public static string StatusName(PdhgStatus status) => status switch
    {
        PdhgStatus.Optimal => "optimal",
        PdhgStatus.Accepted => "certified",
        PdhgStatus.IterationLimit => "iteration-limit",
        PdhgStatus.PrimalInfeasible => "primal-infeasible",
        _ => "dual-infeasible",
    };

    /// <summary>0 optimal, 1 a limit came first, 3 infeasible or unbounded.</summary>
    public static int ExitCode(PdhgStatus status) => status switch
    {
        PdhgStatus.Optimal or PdhgStatus.Accepted => 0,
        PdhgStatus.IterationLimit => 1,
        _ => 3,
    };

    public static double Seconds(Stopwatch clock) => clock.Elapsed.TotalSeconds;
}
