using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Councils.Domain.Planning.Lp;

namespace Councils.Cli.Verbs;

/// <summary><c>plan solve FILE.mps</c>: the certificate's figures of a linear program, or the evidence that it has no optimum.</summary>
internal static class PlanSolveLinearProgram
{
    public static async Task<int> RunAsync(CliContext c, string file)
    {
        var format = c.Args.Flag("free") ? MpsFormat.Free : MpsFormat.Fixed;
        var settings = PlanSolveSettings.Read(c);
        if (settings.Out is not null)
            throw new UsageException("--out writes a plan file; it is for plan problems (.json), not MPS");
        if (settings.Gap is not null)
            throw new UsageException("--gap is the certified gap of a plan; it is for plan problems (.json), not MPS");
        if (settings.Polish is not null)
            throw new UsageException("--polish polishes a plan's restart points before their repair; it is for plan problems (.json), not MPS");
        if (settings.Cuts is not null)
            throw new UsageException("--cuts is how many rounds of scarcity cuts a plan's repair may try; it is for plan problems (.json), not MPS");
        c.Args.EnsureAllRead();
        using var reader = new StreamReader(file);
        var lp = MpsReader.Read(reader, format);
        var clock = Stopwatch.StartNew();
        var result = PdhgSolver.Solve(lp, settings.Pdhg(c, 1e-8));
        var seconds = PlanSolveSettings.Seconds(clock);
        await c.Out.WriteLineAsync(settings.Json ? Json(result, seconds).ToJsonString() : Text(lp, result, seconds));
        return PlanSolveSettings.ExitCode(result.Status);
    }

    private static JsonObject Json(PdhgResult result, double seconds)
    {
        var json = new JsonObject
        {
            ["dualResidual"] = result.DualResidual,
            ["gap"] = result.Gap,
            ["iterations"] = result.Iterations,
            ["objective"] = PlanSolveSettings.Number(result.Objective),
            ["primalResidual"] = result.PrimalResidual,
            ["restarts"] = result.Restarts,
            ["seconds"] = seconds,
            ["status"] = PlanSolveSettings.StatusName(result.Status),
        };
        if (result.PrimalRay is { } primal)
            json["primalRay"] = new JsonArray([.. primal.Select(PlanSolveSettings.Number)]);
        if (result.DualRay is { } dual)
            json["dualRay"] = new JsonArray([.. dual.Select(PlanSolveSettings.Number)]);
        return json;
    }

    private static string Text(LinearProgram lp, PdhgResult result, double seconds) => result.Status switch
    {
        PdhgStatus.PrimalInfeasible => string.Create(CultureInfo.InvariantCulture,
            $"INFEASIBLE: no point meets every bound; the dual ray (Farkas multipliers) has {Evidence(result.DualRay, lp.RowNames)}; {result.Iterations} iterations, {seconds:F3} s"),
        PdhgStatus.DualInfeasible => string.Create(CultureInfo.InvariantCulture,
            $"UNBOUNDED: the objective falls without limit along a primal ray with {Evidence(result.PrimalRay, lp.ColumnNames)}, cost along it {CostAlong(lp, result.PrimalRay):R}; {result.Iterations} iterations, {seconds:F3} s"),
        var status => string.Create(CultureInfo.InvariantCulture,
            $"{(status == PdhgStatus.Optimal ? "Optimal" : "NOT SOLVED: the iteration or time limit came first")}: objective {result.Objective:R}; primal residual {result.PrimalResidual:E3}, dual residual {result.DualResidual:E3}, gap {result.Gap:E3}; {result.Iterations} iterations, {result.Restarts} restarts, {seconds:F3} s"),
    };

    private static string Evidence(double[]? ray, IReadOnlyList<string> names)
    {
        if (ray is null)
            return "no entries (the solver returned none)";
        var nonZero = ray.Count(v => v != 0);
        var largest = ray.Length == 0 ? -1 : Array.IndexOf(ray, ray.MaxBy(Math.Abs));
        return string.Create(CultureInfo.InvariantCulture,
            $"{nonZero} nonzero entries of {ray.Length}, norm {Math.Sqrt(ray.Sum(v => v * v)):E3}{(largest >= 0 ? $", largest at {names[largest]} ({ray[largest]:G6})" : "")}");
    }

    private static double CostAlong(LinearProgram lp, double[]? ray)
    {
        if (ray is null)
            return double.NaN;
        var sum = 0.0;
        for (var j = 0; j < ray.Length; j++)
            sum += lp.Cost[j] * ray[j];
        return sum;
    }
}
