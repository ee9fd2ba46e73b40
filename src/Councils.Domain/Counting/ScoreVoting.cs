namespace Councils.Domain.Counting;

/// <summary>Score voting: each voter gives each candidate a score; the highest totals win.</summary>
public sealed class ScoreVoting : ICountingMethod
{
    /// <inheritdoc />
    public string Name => "score";

    /// <inheritdoc />
    public IReadOnlyList<BallotKind> Accepts { get; } = [BallotKind.Score];

    /// <inheritdoc />
    public CountResult Count(Election election, CountOptions options)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(options);
        if (election.Ballots.Kind != BallotKind.Score)
            throw new ArgumentException($"Score voting counts score ballots, not {election.Ballots.Kind} ballots.", nameof(election));
        return TotalsCount.Count(Name, election, options);
    }
}
