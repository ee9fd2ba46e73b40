using Councils.Domain.Planning.Lp;

namespace Councils.Domain.Planning.Economy;

/// <summary>Settings for <see cref="PlanSolver"/>, passed on to <see cref="PdhgSolver"/>.</summary>
/// <param name="Tolerance">The PDHG termination tolerance (relative).</param>
/// <param name="IterationLimit">The most PDHG iterations.</param>
/// <param name="Threads">Threads for the PDHG loops.</param>
/// <param name="Progress">Called at each PDHG restart.</param>
/// <param name="TimeLimit">Stop the PDHG run after this long (none if null).</param>
/// <param name="CertifiedGap">
/// Stop as soon as the plan repaired from a restart point is certified within this relative gap (tried at each
/// restart); none if null, when the run goes to <paramref name="Tolerance"/>.
/// </param>
/// <param name="Certified">
/// Called with the certificate of each plan repaired at a restart (only with <paramref name="CertifiedGap"/>; a restart
/// whose prices' bound still moves by more than a quarter of the target is repaired only within a tenth of the work,
/// counted in PDHG iterations so that the plan returned does not depend on the machine's speed).
/// </param>
/// <param name="Polish">
/// Polish restart points for feasibility, held to the objective level the target asks, before repairing them (only with
/// <paramref name="CertifiedGap"/>). Past half of a limit, while the bound has not settled for the target, towards the
/// gap it has settled for instead, so that the limit finds the best plan the bound allows.
/// </param>
/// <param name="ScarcityCuts">
/// How many rounds of scarcity cuts the repair may try (<see cref="FeasibilityRepair"/>): at a restart whose plan misses
/// the target once the solver's own gap and dual residual are within it, and on the final point of a run that met its
/// tolerance; 0 for the blend alone.
/// </param>
public sealed record PlanSolverOptions(
    double Tolerance = 1e-6,
    int IterationLimit = 500_000,
    int Threads = 1,
    Action<PdhgProgress>? Progress = null,
    TimeSpan? TimeLimit = null,
    double? CertifiedGap = null,
    Action<PlanCertificate>? Certified = null,
    bool Polish = true,
    int ScarcityCuts = 6);
