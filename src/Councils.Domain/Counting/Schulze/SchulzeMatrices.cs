namespace Councils.Domain.Counting.Schulze;

/// <summary>
/// The record of a Schulze count: how many voters prefer each option to each other one, and the
/// strength of the strongest path between each pair. Rows and columns follow <see cref="Options"/>.
/// </summary>
/// <param name="Strength">The measure of defeat strength used.</param>
/// <param name="Options">The options counted (withdrawn candidates left out), in the election's order.</param>
/// <param name="Pairwise">Pairwise[x][y]: the number of voters who rank x above y.</param>
/// <param name="StrongestPaths">StrongestPaths[x][y]: the strength of the strongest path from x to y; zero on the diagonal and for options dropped by the status quo.</param>
public sealed record SchulzeMatrices(SchulzeStrength Strength, IReadOnlyList<string> Options, long[][] Pairwise, PathStrength[][] StrongestPaths);
