namespace Councils.Domain.Planning.Lp;

/// <summary>Where a <see cref="PdhgSolver"/> run stands, reported at each restart (unscaled, relative figures as in the termination test).</summary>
/// <param name="Iteration">Iterations so far.</param>
/// <param name="Restarts">Restarts so far.</param>
/// <param name="Objective">The primal objective of the restart point.</param>
/// <param name="RelativePrimalResidual">‖primal residual‖₂ / (1 + ‖b‖₂).</param>
/// <param name="RelativeDualResidual">‖dual residual‖₂ / (1 + ‖c‖₂).</param>
/// <param name="RelativeGap">|primal − dual objective| / (1 + |primal| + |dual|).</param>
/// <param name="Elapsed">Time since the solve began.</param>
public sealed record PdhgProgress(
    int Iteration,
    int Restarts,
    double Objective,
    double RelativePrimalResidual,
    double RelativeDualResidual,
    double RelativeGap,
    TimeSpan Elapsed);
