namespace Councils.Domain.Counting.Stv;

/// <summary>
/// Instant-runoff voting: STV with one seat under the Scottish rules. The quota is then a majority
/// of the valid ballots, and the count excludes the last candidate until someone reaches it or one
/// candidate remains.
/// </summary>
public sealed class InstantRunoff : ICountingMethod
{
    /// <inheritdoc />
    public string Name => "irv";

    /// <inheritdoc />
    public IReadOnlyList<BallotKind> Accepts { get; } = [BallotKind.Ranked];

    /// <inheritdoc />
    public CountResult Count(Election election, CountOptions options)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Seats is { } seats && seats != 1)
            throw new ArgumentException("Instant-runoff fills exactly one seat; use an STV method for more.", nameof(options));
        return new ScottishCount(election, 1, options.TieBreakSeed).Run(Name);
    }
}
