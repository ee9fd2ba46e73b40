using System.Text.Json;
using System.Text.Json.Serialization;

namespace Councils.Bench.Planning;

/// <summary>
/// One measured <c>plan</c> run, as its child process prints it on one line: the economy's generation, then
/// <c>PlanSolver.Solve</c> (PDHG, repair, certificate) on it. Objectives are in the plan's sense (maximised).
/// </summary>
/// <param name="Threads">Threads the PDHG loops ran on.</param>
/// <param name="GenerateSeconds">Wall time of <c>EconomyGenerator.Generate</c>.</param>
/// <param name="Products">Products in the economy.</param>
/// <param name="Techniques">Techniques (the program's first columns).</param>
/// <param name="Goods">Goods, products and primary resources (the program's rows).</param>
/// <param name="Needs">Needs (the program's other columns).</param>
/// <param name="NonZeros">Nonzeros of the program's matrix.</param>
/// <param name="Seconds">Wall time of <c>PlanSolver.Solve</c>: the program's build, PDHG, the repair and the certificate.</param>
/// <param name="Iterations">PDHG iterations.</param>
/// <param name="Restarts">PDHG restarts.</param>
/// <param name="Status">The PDHG status (Optimal, IterationLimit on the time limit too, …).</param>
/// <param name="PdhgObjective">The PDHG point's objective before repair.</param>
/// <param name="PdhgRelativeGap">|primal − dual objective| / (1 + |primal| + |dual|) of the PDHG result.</param>
/// <param name="Objective">The repaired plan's objective.</param>
/// <param name="CertifiedGap">The repaired plan's certified relative gap against the bound of its prices.</param>
/// <param name="Bound">The Lagrangian bound from the plan's prices.</param>
/// <param name="MaxShortfall">The worst balance's shortfall after repair (0 when feasible).</param>
/// <param name="RepairRounds">Rounds of feasibility repair.</param>
/// <param name="PeakWorkingSet">The child process's peak working set, generation included.</param>
/// <param name="GapBelow">Per threshold of <see cref="PlanBench.Thresholds"/>: seconds until the relative gap first fell to it, at a restart or else at the end (NaN if never).</param>
/// <param name="AllBelow">The same for the relative gap and both relative residuals together (the termination test's figures).</param>
/// <param name="CertifiedBelow">The same for the certified gap of the plan repaired at a restart (with --gap), or of the final plan (at the end).</param>
/// <param name="TracePath">The file the restart trace was written to.</param>
internal sealed record PlanRun(
    int Threads, double GenerateSeconds, int Products, int Techniques, int Goods, int Needs, long NonZeros,
    double Seconds, int Iterations, int Restarts, string Status, double PdhgObjective, double PdhgRelativeGap,
    double Objective, double Bound, double CertifiedGap, double MaxShortfall, int RepairRounds, long PeakWorkingSet,
    double[] GapBelow, double[] AllBelow, double[] CertifiedBelow, string TracePath)
{
    private const string Tag = "PLANRUN ";

    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>Iterations × 2 × nonzeros / seconds / threads: one A·x and one Aᵀ·y per iteration, per core.</summary>
    public double NnzPerSecondPerCore => Iterations * 2.0 * NonZeros / Seconds / Threads;

    public string ToLine() => Tag + JsonSerializer.Serialize(this, Json);

    public static PlanRun? Parse(string line) =>
        line.StartsWith(Tag, StringComparison.Ordinal) ? JsonSerializer.Deserialize<PlanRun>(line.AsSpan(Tag.Length), Json) : null;
}
