namespace Councils.Domain.Planning.Lp;

/// <summary>Settings for <see cref="PdhgSolver"/>.</summary>
/// <param name="Tolerance">
/// ε for the termination test: ‖primal residual‖₂ ≤ ε(1 + ‖b‖₂), ‖dual residual‖₂ ≤ ε(1 + ‖c‖₂) and
/// |primal − dual objective| ≤ ε(1 + |primal| + |dual|), where b holds the finite row bounds.
/// </param>
/// <param name="IterationLimit">The most PDHG iterations to run.</param>
/// <param name="RuizIterations">How many Ruiz (∞-norm) equilibration passes precede the Pock–Chambolle pass.</param>
/// <param name="CheckEvery">How often, in iterations, termination and restarts are evaluated.</param>
public sealed record PdhgOptions(
    double Tolerance = 1e-8,
    int IterationLimit = 500_000,
    int RuizIterations = 10,
    int CheckEvery = 64);
