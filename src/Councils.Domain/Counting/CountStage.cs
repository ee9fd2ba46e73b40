namespace Councils.Domain.Counting;

/// <summary>
/// The state of a count at the end of one stage. <see cref="Votes"/> + <see cref="NonTransferable"/>
/// + <see cref="LossToTruncation"/> always equals <see cref="Total"/> exactly.
/// </summary>
public sealed record CountStage
{
    /// <summary>The stage number, 1 for the first count.</summary>
    public required int Number { get; init; }

    /// <summary>What was done at this stage.</summary>
    public required StageAction Action { get; init; }

    /// <summary>The candidate whose surplus was transferred or who was excluded, when there is one.</summary>
    public string? Subject { get; init; }

    /// <summary>Each candidate's votes at the end of the stage, in the order of the election's candidates.</summary>
    public required IReadOnlyList<VoteValue> Votes { get; init; }

    /// <summary>Votes on ballots with no further preference, to the end of this stage.</summary>
    public required VoteValue NonTransferable { get; init; }

    /// <summary>Votes lost by cutting transfer values to the arithmetic's precision, to the end of this stage.</summary>
    public required VoteValue LossToTruncation { get; init; }

    /// <summary>The valid votes: the sum of the other figures.</summary>
    public required VoteValue Total { get; init; }

    /// <summary>The quota in force at this stage, when the method has one.</summary>
    public VoteValue? Quota { get; init; }

    /// <summary>Meek only: each candidate's keep factor at the end of the stage.</summary>
    public IReadOnlyList<VoteValue>? KeepFactors { get; init; }

    /// <summary>Candidates elected at this stage, in order of election.</summary>
    public IReadOnlyList<string> Elected { get; init; } = [];

    /// <summary>Candidates excluded at this stage.</summary>
    public IReadOnlyList<string> Excluded { get; init; } = [];

    /// <summary>Why something was decided as it was: ties and how they were broken, rules applied.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
