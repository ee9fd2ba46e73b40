namespace Councils.Domain.Counting.Stv;

/// <summary>
/// The ranked ballots as an STV count reads them. A ballot's usable preferences end where two
/// candidates share a rank: the voter's next choice there is not a single candidate, so, as with a
/// paper marked twice with the same number, the ballot has no further usable preference.
/// </summary>
internal sealed class StvBallots
{
    public StvBallots(Election election)
    {
        var box = election.Ballots;
        if (box.Kind != BallotKind.Ranked)
            throw new ArgumentException($"STV counts ranked ballots, not {box.Kind} ballots.", nameof(election));
        Weights = box.WeightArray;
        Starts = box.StartArray;
        Choices = box.ChoiceArray;
        Ends = new int[box.Count];
        var marks = box.MarkArray;
        for (var b = 0; b < Ends.Length; b++)
        {
            var end = Starts[b + 1];
            for (var i = Starts[b]; i < end; i++)
            {
                var shared = (i + 1 < end && marks[i + 1] == marks[i]) || (i > Starts[b] && marks[i - 1] == marks[i]);
                if (shared)
                {
                    end = i;
                    break;
                }
            }
            Ends[b] = end;
        }
    }

    public long[] Weights { get; }

    public int[] Starts { get; }

    public int[] Choices { get; }

    /// <summary>One past the last usable preference of each ballot.</summary>
    public int[] Ends { get; }

    public int Count => Ends.Length;
}
