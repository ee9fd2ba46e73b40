namespace Councils.Cli.Verbs;

/// <summary>
/// <c>councils plan solve FILE</c>: a plan problem (.json), a linear program (.mps) or an input-output table with a
/// final demand (.csv with --demand); the kind comes from the extension or <c>--kind</c>.
/// </summary>
internal static class PlanVerb
{
    public static readonly Verb Solve = new(
        "plan solve",
        "plan solve FILE [--kind plan|mps|io] [--free] [--demand FILE.csv] [--tolerance EPS] [--gap G] [--polish yes|no] [--cuts N] [--iteration-limit N] [--threads N] [--time-limit SECONDS] [--progress] [--out PLAN.json] [--format text|json]",
        "solve a plan problem (JSON), a linear program (MPS) or an input-output table (CSV, --demand) by restarted PDHG or LU (a plan until its certified gap is at most G, 1e-4 unless --gap says otherwise; restart points polished for feasibility unless --polish no, and N rounds of scarcity cuts tried in the repair, 6 unless --cuts says otherwise); exit 1 if a limit comes first, 3 if infeasible or unbounded",
        RunAsync);

    private static Task<int> RunAsync(CliContext c)
    {
        var file = c.Args.Word(0, "the file to solve");
        var kind = c.Args.Optional("kind") ?? Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".json" => "plan",
            ".mps" => "mps",
            ".csv" => "io",
            _ => throw new UsageException($"cannot tell the kind of '{Path.GetFileName(file)}' from its extension; give --kind plan, mps or io"),
        };
        return kind switch
        {
            "plan" => PlanSolveProblem.RunAsync(c, file),
            "mps" => PlanSolveLinearProgram.RunAsync(c, file),
            "io" => PlanSolveTable.RunAsync(c, file),
            _ => throw new UsageException($"--kind '{kind}' is not plan, mps or io"),
        };
    }
}
