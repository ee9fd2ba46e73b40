using Councils.Domain.Planning.Lp;

namespace Councils.Domain.Planning.Economy;

/// <summary>What <see cref="PlanSolver"/> returns: the repaired plan with its certificate, and the raw solver result.</summary>
/// <param name="File">The problem, the repaired plan and its certificate, ready to write.</param>
/// <param name="Solver">The PDHG result before repair (status, residuals, rays).</param>
public sealed record PlanSolution(PlanFile File, PdhgResult Solver)
{
    /// <summary>The repaired plan.</summary>
    public Plan Plan => File.Plan!;

    /// <summary>The repaired plan's certificate.</summary>
    public PlanCertificate Certificate => File.Certificate!;
}
