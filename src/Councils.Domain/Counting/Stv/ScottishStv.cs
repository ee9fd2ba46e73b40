namespace Councils.Domain.Counting.Stv;

/// <summary>
/// Single transferable vote under the Scottish Local Government Elections Order 2007 (SSI 2007/42,
/// schedule 1, rules 45 to 52): weighted inclusive Gregory, transfer values cut to five decimals,
/// quota = floor(valid / (seats + 1)) + 1, surpluses never deferred, ties settled by the most recent
/// stage at which the candidates differed, then by lot. The default for electing delegates.
/// </summary>
/// <remarks>
/// Counts in integers of 0.00001 of a vote, so every figure is exactly what the rules prescribe and
/// every stage conserves the total to the last unit. Identical ballots travel together as one.
/// </remarks>
public sealed class ScottishStv : ICountingMethod
{
    /// <inheritdoc />
    public string Name => "scottish-stv";

    /// <inheritdoc />
    public IReadOnlyList<BallotKind> Accepts { get; } = [BallotKind.Ranked];

    /// <inheritdoc />
    public CountResult Count(Election election, CountOptions options)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(options);
        return new ScottishCount(election, options.Seats ?? election.Seats, options.TieBreakSeed).Run(Name);
    }
}
