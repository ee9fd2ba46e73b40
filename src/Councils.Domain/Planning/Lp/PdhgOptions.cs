namespace Councils.Domain.Planning.Lp;

/// <summary>Settings for <see cref="PdhgSolver"/>.</summary>
/// <param name="Tolerance">
/// ε for the termination test: ‖primal residual‖₂ ≤ ε(1 + ‖b‖₂), ‖dual residual‖₂ ≤ ε(1 + ‖c‖₂) and
/// |primal − dual objective| ≤ ε(1 + |primal| + |dual|), where b holds the finite row bounds.
/// </param>
/// <param name="IterationLimit">The most PDHG iterations to run.</param>
/// <param name="RuizIterations">How many Ruiz (∞-norm) equilibration passes precede the Pock–Chambolle pass.</param>
/// <param name="CheckEvery">How often, in iterations, termination and restarts are evaluated.</param>
/// <param name="Threads">How many threads the loops use; the result is bit-identical for a given input and thread count.</param>
/// <param name="Progress">Called at each restart with where the run stands (on the solving thread).</param>
/// <param name="TimeLimit">Stop with <see cref="PdhgStatus.IterationLimit"/> once this much time has passed (none if null); checked every <paramref name="CheckEvery"/> iterations.</param>
/// <param name="AdaptiveSteps">Choose each step by PDLP's adaptive rule (true) or use the fixed step 0.998/‖A‖₂ of the scaled matrix.</param>
/// <param name="InfeasibilityTolerance">
/// ε for the ray tests behind <see cref="PdhgStatus.PrimalInfeasible"/> and <see cref="PdhgStatus.DualInfeasible"/>:
/// the part of a ray that would need an infinite bound may be at most ε times what the ray proves. A program
/// (or its dual) is then only called infeasible if every point meeting its bounds would be larger than 1/ε
/// (measured as ‖x‖₂ + ‖Ax‖₂, or ‖y‖₂ + ‖λ‖₂ for the dual).
/// </param>
/// <param name="Accept">
/// The caller's own test, asked at each restart with the restart point (x, y) in the program's units: true ends
/// the run with <see cref="PdhgStatus.Accepted"/> (a plan's certified gap after repair, for one). The arrays are
/// the solver's; copy what should outlive the call.
/// </param>
/// <param name="Start">Where the run starts (x = the projection of 0 and y = 0 if null).</param>
/// <param name="FeasibilityOnly">
/// Look for a point that meets the constraints and ignore the objective: PDHG runs on the program with a zero
/// objective, the run ends when the relative primal residual is within <paramref name="Tolerance"/>, and the point
/// kept is the one with the smallest primal residual. With <paramref name="Start"/> at a near-optimal point this is
/// PDLP's feasibility polishing, which converges much faster than the optimality problem.
/// </param>
public sealed record PdhgOptions(
    double Tolerance = 1e-8,
    int IterationLimit = 500_000,
    int RuizIterations = 10,
    int CheckEvery = 64,
    int Threads = 1,
    Action<PdhgProgress>? Progress = null,
    TimeSpan? TimeLimit = null,
    bool AdaptiveSteps = true,
    double InfeasibilityTolerance = 1e-10,
    Func<double[], double[], bool>? Accept = null,
    PdhgStart? Start = null,
    bool FeasibilityOnly = false);
