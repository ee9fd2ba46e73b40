namespace Councils.Domain.Counting;

/// <summary>
/// The ballots of one election, identical ballots held once with their total weight. Made by a
/// <see cref="BallotBoxBuilder"/>; immutable afterwards.
/// </summary>
/// <remarks>
/// Ballot <c>i</c> names the candidates <see cref="Choices"/> with one mark each (<see cref="Marks"/>):
/// for ranked ballots the rank, 1 for the first preference, ascending, equal ranks being equal
/// preferences; for approval ballots 1; for score ballots the score, candidates in ascending order.
/// The arrays are flat so that a count over a million ballots touches a few large arrays instead of
/// a million small objects.
/// </remarks>
public sealed class BallotBox
{
    private readonly long[] _weights;
    private readonly int[] _starts;
    private readonly int[] _choices;
    private readonly int[] _marks;

    internal BallotBox(BallotKind kind, int candidateCount, long[] weights, int[] starts, int[] choices, int[] marks, bool hasEqualPreferences)
    {
        Kind = kind;
        CandidateCount = candidateCount;
        _weights = weights;
        _starts = starts;
        _choices = choices;
        _marks = marks;
        HasEqualPreferences = hasEqualPreferences;
        long total = 0;
        foreach (var weight in weights)
            total = checked(total + weight);
        TotalWeight = total;
    }

    /// <summary>What the ballots say: ranks, approvals or scores.</summary>
    public BallotKind Kind { get; }

    /// <summary>How many candidates the ballots may name; candidate numbers run from 0 to this less one.</summary>
    public int CandidateCount { get; }

    /// <summary>The number of distinct ballots.</summary>
    public int Count => _weights.Length;

    /// <summary>The number of ballots cast: the sum of all weights.</summary>
    public long TotalWeight { get; }

    /// <summary>True when some ranked ballot gives two candidates the same rank.</summary>
    public bool HasEqualPreferences { get; }

    /// <summary>How many voters cast the distinct ballot <paramref name="ballot"/>.</summary>
    public long Weight(int ballot) => _weights[ballot];

    /// <summary>The candidates the distinct ballot <paramref name="ballot"/> names, in ballot order.</summary>
    public ReadOnlySpan<int> Choices(int ballot) => _choices.AsSpan(_starts[ballot], _starts[ballot + 1] - _starts[ballot]);

    /// <summary>The mark beside each of <see cref="Choices"/>: a rank, 1 for an approval, or a score.</summary>
    public ReadOnlySpan<int> Marks(int ballot) => _marks.AsSpan(_starts[ballot], _starts[ballot + 1] - _starts[ballot]);

    internal long[] WeightArray => _weights;

    internal int[] StartArray => _starts;

    internal int[] ChoiceArray => _choices;

    internal int[] MarkArray => _marks;
}
