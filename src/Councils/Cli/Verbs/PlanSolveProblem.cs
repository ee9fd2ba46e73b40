using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Councils.Domain.Planning.Economy;

namespace Councils.Cli.Verbs;

/// <summary><c>plan solve PROBLEM.json</c>: a plan, repaired to exact feasibility and certified; written with <c>--out</c>.</summary>
internal static class PlanSolveProblem
{
    /// <summary>The certified gap a plan is solved to unless <c>--gap</c> says otherwise.</summary>
    public const double DefaultGap = 1e-4;

    public static async Task<int> RunAsync(CliContext c, string file)
    {
        var settings = PlanSolveSettings.Read(c);
        c.Args.EnsureAllRead();
        var problem = PlanFileReader.Read(file).Problem;
        var clock = Stopwatch.StartNew();
        var pdhg = settings.Pdhg(c, 1e-6);
        var solution = PlanSolver.Solve(problem, new PlanSolverOptions(pdhg.Tolerance, pdhg.IterationLimit, pdhg.Threads, pdhg.Progress, pdhg.TimeLimit, settings.Gap ?? DefaultGap, Polish: settings.Polish ?? true, ScarcityCuts: settings.Cuts ?? new PlanSolverOptions().ScarcityCuts));
        var seconds = PlanSolveSettings.Seconds(clock);
        if (settings.Out is { } path)
        {
            await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            PlanFileWriter.Write(stream, solution.File, indented: problem.NonZeroCount <= 10_000);
        }
        var result = solution.Solver;
        var certificate = solution.Certificate;
        await c.Out.WriteLineAsync(settings.Json
            ? new JsonObject
            {
                ["status"] = PlanSolveSettings.StatusName(result.Status),
                ["objective"] = certificate.Objective,
                ["bound"] = PlanSolveSettings.Number(certificate.Bound),
                ["certifiedGap"] = PlanSolveSettings.Number(certificate.Gap),
                ["maxShortfall"] = certificate.MaxShortfall,
                ["solverObjective"] = PlanSolveSettings.Number(-result.Objective),
                ["primalResidual"] = result.PrimalResidual,
                ["dualResidual"] = result.DualResidual,
                ["gap"] = result.Gap,
                ["iterations"] = result.Iterations,
                ["restarts"] = result.Restarts,
                ["repairRounds"] = certificate.Solver!.RepairRounds,
                ["seconds"] = seconds,
            }.ToJsonString()
            : string.Create(CultureInfo.InvariantCulture,
                $"{Headline(result.Status)}: objective {certificate.Objective:R} after repair (solver {-result.Objective:R}); bound {certificate.Bound:R}, certified gap {certificate.Gap:E3}, max shortfall {certificate.MaxShortfall:R}; primal residual {result.PrimalResidual:E3}, dual residual {result.DualResidual:E3}, gap {result.Gap:E3}; {result.Iterations} iterations, {result.Restarts} restarts, {certificate.Solver!.RepairRounds} repair rounds, {seconds:F3} s"));
        return PlanSolveSettings.ExitCode(result.Status);
    }

    private static string Headline(Domain.Planning.Lp.PdhgStatus status) => status switch
    {
        Domain.Planning.Lp.PdhgStatus.Optimal => "Optimal",
        Domain.Planning.Lp.PdhgStatus.Accepted => "Certified",
        Domain.Planning.Lp.PdhgStatus.IterationLimit => "NOT SOLVED: the iteration or time limit came first; the repaired plan is feasible and certified as far as it goes",
        _ => "NO OPTIMUM: the solver found the problem infeasible or unbounded",
    };
}
