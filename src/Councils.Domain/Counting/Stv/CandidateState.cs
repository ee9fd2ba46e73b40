namespace Councils.Domain.Counting.Stv;

/// <summary>Where a candidate stands during an STV count.</summary>
internal enum CandidateState
{
    /// <summary>Continuing: neither elected nor excluded.</summary>
    Hopeful,
    Elected,
    Excluded,
    Withdrawn,
}
