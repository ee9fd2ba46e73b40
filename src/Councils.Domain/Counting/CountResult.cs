using Councils.Domain.Counting.Schulze;

namespace Councils.Domain.Counting;

/// <summary>
/// The outcome of a count with its full record: the stages of an STV count, the totals of an
/// approval or score count, the matrices of a Schulze count.
/// </summary>
public sealed record CountResult
{
    /// <summary>The method's name, e.g. "scottish-stv".</summary>
    public required string Method { get; init; }

    /// <summary>The election's title.</summary>
    public required string Title { get; init; }

    /// <summary>The number of seats filled.</summary>
    public required int Seats { get; init; }

    /// <summary>All candidate names, in the election's order (stage figures follow this order).</summary>
    public required IReadOnlyList<string> Candidates { get; init; }

    /// <summary>Names of candidates who withdrew before the count.</summary>
    public IReadOnlyList<string> Withdrawn { get; init; } = [];

    /// <summary>The names of those elected, in order of election, or the top of the ranking.</summary>
    public required IReadOnlyList<string> Winners { get; init; }

    /// <summary>
    /// Groups of candidates that the rules could not separate where it mattered for the winners; each
    /// group was then settled by <see cref="TieBreak"/>. Empty when there was no such tie.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Ties { get; init; } = [];

    /// <summary>The full order of finish, equal candidates grouped, when the method gives one.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Ranking { get; init; } = [];

    /// <summary>The number of valid ballots.</summary>
    public required long ValidBallots { get; init; }

    /// <summary>The quota, for STV.</summary>
    public VoteValue? Quota { get; init; }

    /// <summary>The stages of the count, in order; empty for Schulze.</summary>
    public IReadOnlyList<CountStage> Stages { get; init; } = [];

    /// <summary>The pairwise and strongest-path matrices, for Schulze.</summary>
    public SchulzeMatrices? Matrices { get; init; }

    /// <summary>The drawing of lots available to settle ties, and whether it was used.</summary>
    public required TieBreak TieBreak { get; init; }

    /// <summary>Facts about the count as a whole, e.g. options dropped for not beating the status quo.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
