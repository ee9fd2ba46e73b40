using System.Numerics;

namespace Councils.Domain.Counting;

/// <summary>
/// What approval and score voting share: each candidate's total, the most first; candidates with
/// equal totals across the last seat are a tie, settled by lot.
/// </summary>
internal static class TotalsCount
{
    public static CountResult Count(string method, Election election, CountOptions options)
    {
        var seats = options.Seats ?? election.Seats;
        ArgumentOutOfRangeException.ThrowIfLessThan(seats, 1);
        var candidates = election.Candidates;
        var n = candidates.Count;
        var box = election.Ballots;
        var totals = new long[n];
        var choices = box.ChoiceArray;
        var marks = box.MarkArray;
        var starts = box.StartArray;
        for (var b = 0; b < box.Count; b++)
        {
            var w = box.WeightArray[b];
            for (var e = starts[b]; e < starts[b + 1]; e++)
                totals[choices[e]] = checked(totals[choices[e]] + w * marks[e]);
        }
        var standing = Enumerable.Range(0, n).Where(c => !candidates[c].IsWithdrawn).ToList();
        foreach (var c in Enumerable.Range(0, n).Where(c => candidates[c].IsWithdrawn))
            totals[c] = 0;
        var ranking = standing.GroupBy(c => totals[c]).OrderByDescending(g => g.Key).Select(g => g.ToList()).ToList();

        var lot = new LotOrder(options.TieBreakSeed, n);
        var winners = new List<int>();
        var ties = new List<IReadOnlyList<string>>();
        var notes = new List<string>();
        foreach (var group in ranking)
        {
            if (winners.Count >= seats)
                break;
            if (group.Count > 1 && winners.Count + group.Count > seats)
            {
                ties.Add([.. group.Select(c => candidates[c].Name)]);
                notes.Add($"Tie between {string.Join(", ", group.Select(c => candidates[c].Name))} at {totals[group[0]]}; settled by lot (seed {lot.Seed}).");
            }
            winners.AddRange(group.OrderBy(lot.PositionOf).Take(seats - winners.Count));
        }

        var votes = totals.Select(t => VoteValue.Whole(t)).ToArray();
        var sum = totals.Aggregate(BigInteger.Zero, (s, t) => s + t);
        var stage = new CountStage
        {
            Number = 1,
            Action = StageAction.FirstCount,
            Votes = votes,
            NonTransferable = VoteValue.Whole(0),
            LossToTruncation = VoteValue.Whole(0),
            Total = new VoteValue(sum, 0),
            Elected = [.. winners.Select(c => candidates[c].Name)],
            Notes = notes,
        };
        return new CountResult
        {
            Method = method,
            Title = election.Title,
            Seats = seats,
            Candidates = [.. candidates.Select(c => c.Name)],
            Withdrawn = [.. candidates.Where(c => c.IsWithdrawn).Select(c => c.Name)],
            Winners = [.. winners.Select(c => candidates[c].Name)],
            Ties = ties,
            Ranking = [.. ranking.Select(g => (IReadOnlyList<string>)[.. g.Select(c => candidates[c].Name)])],
            ValidBallots = box.TotalWeight,
            Stages = [stage],
            TieBreak = new TieBreak(lot.Seed, [.. lot.Order.Select(c => candidates[c].Name)], ties.Count > 0),
        };
    }
}
