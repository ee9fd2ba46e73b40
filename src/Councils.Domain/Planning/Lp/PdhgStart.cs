namespace Councils.Domain.Planning.Lp;

/// <summary>A point to start a <see cref="PdhgSolver"/> run from (a warm start), in the program's units.</summary>
/// <param name="X">The primal point, one value per column; it is projected into the column bounds.</param>
/// <param name="Y">The duals, one per row; each is projected to the sign its row's bounds allow.</param>
public sealed record PdhgStart(double[] X, double[] Y);
