namespace Councils.Domain.Counting.Stv;

/// <summary>
/// Meek STV after Hill, Wichmann and Woodall, "Algorithm 123: Single transferable vote by Meek's
/// method", Computer Journal 30 (1987): each elected candidate keeps a fraction of every vote that
/// reaches them (their keep factor) and passes the rest on, including to candidates already
/// elected; keep factors are iterated until every elected candidate holds the quota.
/// </summary>
/// <remarks>
/// Arithmetic is decimal fixed point with <see cref="CountOptions.MeekDigits"/> places (thirty by
/// default) in big integers. Amounts kept are rounded up and the remainder passed on is what is left,
/// so no vote is ever lost: the candidates' votes plus the excess equal the valid ballots exactly.
/// The quota is the total of the candidates' votes over seats + 1, rounded up by one unit. Iteration
/// stops when a candidate reaches the quota, when the total surplus falls below ten to the minus
/// half the digits, when it stops falling, or when the lowest candidate could not overtake the next
/// even with the whole surplus; then the lowest is excluded. Candidates within the surplus of the
/// lowest are tied and the lot decides. Thirty digits see differences that six or nine miss
/// (B. Wichmann, Voting matters 12).
/// </remarks>
public sealed class MeekStv : ICountingMethod
{
    /// <inheritdoc />
    public string Name => "meek-stv";

    /// <inheritdoc />
    public IReadOnlyList<BallotKind> Accepts { get; } = [BallotKind.Ranked];

    /// <inheritdoc />
    public CountResult Count(Election election, CountOptions options)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MeekDigits, 6, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MeekDigits, 200, nameof(options));
        return new MeekCount(election, options.Seats ?? election.Seats, options.MeekDigits, options.TieBreakSeed).Run(Name);
    }
}
