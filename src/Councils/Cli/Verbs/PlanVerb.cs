using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Councils.Domain.Planning.Lp;

namespace Councils.Cli.Verbs;

/// <summary><c>councils plan solve FILE.mps</c>: solve a linear program by restarted PDHG and print its certificate's figures.</summary>
internal static class PlanVerb
{
    public static readonly Verb Solve = new(
        "plan solve",
        "plan solve FILE [--free] [--tolerance EPS] [--format text|json]",
        "solve a linear program in MPS (fixed, or --free) by restarted PDHG: objective, residuals, gap, iterations, time; exit 1 if the iteration limit comes first",
        RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var file = c.Args.Word(0, "the MPS file");
        var format = c.Args.Flag("free") ? MpsFormat.Free : MpsFormat.Fixed;
        var tolerance = c.Args.Optional("tolerance") is { } t
            ? double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var eps) && eps > 0 && eps < 1 ? eps : throw new UsageException($"--tolerance is a number between 0 and 1, not '{t}'")
            : 1e-8;
        var json = (c.Args.Optional("format") ?? (c.WantsJson ? "json" : "text")) switch
        {
            "json" => true,
            "text" => false,
            var other => throw new UsageException($"--format '{other}' is not text or json"),
        };
        c.Args.EnsureAllRead();
        using var reader = new StreamReader(file);
        var lp = MpsReader.Read(reader, format);
        var clock = Stopwatch.StartNew();
        var result = PdhgSolver.Solve(lp, new PdhgOptions(Tolerance: tolerance));
        var seconds = clock.Elapsed.TotalSeconds;
        var solved = result.Status == PdhgStatus.Optimal;
        await c.Out.WriteLineAsync(json
            ? new JsonObject
            {
                ["dualResidual"] = result.DualResidual,
                ["gap"] = result.Gap,
                ["iterations"] = result.Iterations,
                ["objective"] = result.Objective,
                ["primalResidual"] = result.PrimalResidual,
                ["restarts"] = result.Restarts,
                ["seconds"] = seconds,
                ["status"] = solved ? "optimal" : "iteration-limit",
            }.ToJsonString()
            : string.Create(CultureInfo.InvariantCulture,
                $"{(solved ? "Optimal" : "NOT SOLVED: the iteration limit came first")}: objective {result.Objective:R}; primal residual {result.PrimalResidual:E3}, dual residual {result.DualResidual:E3}, gap {result.Gap:E3}; {result.Iterations} iterations, {result.Restarts} restarts, {seconds:F3} s"));
        return solved ? 0 : 1;
    }
}
