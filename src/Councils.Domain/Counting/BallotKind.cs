namespace Councils.Domain.Counting;

/// <summary>What a ballot says about the candidates it names.</summary>
public enum BallotKind
{
    /// <summary>An order of preference; candidates given the same rank are equal preferences.</summary>
    Ranked,

    /// <summary>The set of candidates the voter approves of.</summary>
    Approval,

    /// <summary>A score of zero or more for each candidate; candidates not named score zero.</summary>
    Score,
}
