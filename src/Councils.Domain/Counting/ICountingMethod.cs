namespace Councils.Domain.Counting;

/// <summary>A rule for counting ballots: approval, score, Schulze, or one of the STV rules.</summary>
public interface ICountingMethod
{
    /// <summary>The method's name as the command line and the charter spell it, e.g. "scottish-stv".</summary>
    string Name { get; }

    /// <summary>The kinds of ballot this method counts.</summary>
    IReadOnlyList<BallotKind> Accepts { get; }

    /// <summary>Counts the election and returns the result with its full record.</summary>
    /// <exception cref="ArgumentException">The ballots are of a kind this method does not count, or the options do not fit the election.</exception>
    CountResult Count(Election election, CountOptions options);
}
