namespace Councils.Domain.Planning.Lp;

/// <summary>How a <see cref="PdhgSolver"/> run ended.</summary>
public enum PdhgStatus
{
    /// <summary>The relative primal residual, dual residual and duality gap all met the tolerance.</summary>
    Optimal,

    /// <summary>The iteration limit was reached first; the result is the best iterate seen, not a certified optimum.</summary>
    IterationLimit,

    /// <summary>The caller's own test (<see cref="PdhgOptions.Accept"/>) held at a restart point.</summary>
    Accepted,

    /// <summary>No point meets every bound; <see cref="PdhgResult.DualRay"/> is the Farkas certificate.</summary>
    PrimalInfeasible,

    /// <summary>The dual has no feasible point (the program is unbounded if feasible); <see cref="PdhgResult.PrimalRay"/> is the improving ray.</summary>
    DualInfeasible,
}
