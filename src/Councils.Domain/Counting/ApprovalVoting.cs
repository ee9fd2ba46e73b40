namespace Councils.Domain.Counting;

/// <summary>
/// Approval voting: each voter approves of any number of candidates; the most approved win. Ranked
/// ballots are read as approving every candidate they rank.
/// </summary>
public sealed class ApprovalVoting : ICountingMethod
{
    /// <inheritdoc />
    public string Name => "approval";

    /// <inheritdoc />
    public IReadOnlyList<BallotKind> Accepts { get; } = [BallotKind.Approval, BallotKind.Ranked];

    /// <inheritdoc />
    public CountResult Count(Election election, CountOptions options)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(options);
        if (election.Ballots.Kind == BallotKind.Score)
            throw new ArgumentException("Approval voting counts approval or ranked ballots, not score ballots.", nameof(election));
        return TotalsCount.Count(Name, election.AsApproval(), options);
    }
}
