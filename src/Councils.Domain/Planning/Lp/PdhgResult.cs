namespace Councils.Domain.Planning.Lp;

/// <summary>What a <see cref="PdhgSolver"/> run returned, in the original (unscaled) program's terms.</summary>
/// <param name="Status">Whether the termination test was met.</param>
/// <param name="X">The primal point, one value per column; it lies within the column bounds.</param>
/// <param name="Y">The row duals: positive on a row pressing its lower bound, negative on its upper bound.</param>
/// <param name="Objective">cᵀx plus the objective constant (minimisation sense).</param>
/// <param name="DualObjective">The dual objective at <paramref name="Y"/> and its reduced costs.</param>
/// <param name="PrimalResidual">‖Ax − proj_[l,u](Ax)‖₂.</param>
/// <param name="DualResidual">‖the part of c − Aᵀy that no column bound can absorb‖₂.</param>
/// <param name="Gap">|Objective − DualObjective|.</param>
/// <param name="Iterations">The PDHG iterations run.</param>
/// <param name="Restarts">How many restarts happened.</param>
/// <param name="PrimalRay">For <see cref="PdhgStatus.DualInfeasible"/>: a direction d with cᵀd &lt; 0 along which every bound stays met (null otherwise).</param>
/// <param name="DualRay">For <see cref="PdhgStatus.PrimalInfeasible"/>: row multipliers proving that no point meets every bound (null otherwise).</param>
public sealed record PdhgResult(
    PdhgStatus Status,
    double[] X,
    double[] Y,
    double Objective,
    double DualObjective,
    double PrimalResidual,
    double DualResidual,
    double Gap,
    int Iterations,
    int Restarts,
    double[]? PrimalRay = null,
    double[]? DualRay = null);
