namespace Councils.Bench.Counting;

/// <summary>
/// The baseline: the Scottish rules (SSI 2007/42, rules 45-52) counted the plain way, as a hand
/// count would: every paper its own object in a candidate's pile, values in <see cref="decimal"/>
/// cut to five places, each candidate's total recounted from the pile at every stage, ties by
/// look-back. Nothing folded, nothing cached. It exists to check the fast count and to give its
/// times a yardstick.
/// </summary>
internal static class PlainScottishStv
{
    private enum State { Hopeful, Elected, Excluded }

    private sealed class Paper(PlainBallot ballot)
    {
        public PlainBallot Ballot { get; } = ballot;

        public int Position { get; set; }

        public decimal Value { get; set; } = 1m;
    }

    /// <summary>The winners' names in order of election; <paramref name="usedLot"/> when a tie survived every earlier stage.</summary>
    public static List<string> Count(PlainElection election, out bool usedLot)
    {
        var n = election.Names.Length;
        var seats = election.Seats;
        var state = new State[n];
        var piles = Enumerable.Range(0, n).Select(_ => new List<Paper>()).ToArray();
        var settled = new decimal?[n]; // an elected candidate keeps exactly the quota once the surplus has gone
        var history = new List<decimal[]>();
        var elected = new List<int>();
        decimal nonTransferable = 0, loss = 0, valid = 0;
        usedLot = false;

        foreach (var ballot in election.Ballots)
        {
            if (ballot.Preferences.Length == 0)
                continue;
            piles[ballot.Preferences[0]].Add(new Paper(ballot));
            valid += ballot.Weight;
        }
        var quota = decimal.Floor(valid / (seats + 1)) + 1;

        while (true)
        {
            var votes = new decimal[n];
            for (var c = 0; c < n; c++)
                votes[c] = settled[c] ?? piles[c].Sum(p => p.Ballot.Weight * p.Value);
            if (votes.Sum() + nonTransferable + loss != valid)
                throw new InvalidOperationException("The plain count lost votes.");
            history.Add(votes);

            var reached = Enumerable.Range(0, n).Where(c => state[c] == State.Hopeful && votes[c] >= quota).ToList();
            while (reached.Count > 0 && elected.Count < seats)
            {
                var c = LookBack(reached.Where(r => votes[r] == reached.Max(x => votes[x])).ToList(), history, fewest: false, ref usedLot);
                reached.Remove(c);
                state[c] = State.Elected;
                elected.Add(c);
            }
            if (elected.Count == seats)
                break;
            var hopeful = Enumerable.Range(0, n).Where(c => state[c] == State.Hopeful).ToList();
            if (hopeful.Count <= seats - elected.Count)
            {
                elected.AddRange(hopeful.OrderByDescending(c => votes[c]).ThenBy(c => c));
                break;
            }

            var withSurplus = elected.Where(c => settled[c] is null && votes[c] > quota).ToList();
            if (withSurplus.Count > 0)
            {
                var c = LookBack(withSurplus.Where(s => votes[s] == withSurplus.Max(x => votes[x])).ToList(), history, fewest: false, ref usedLot);
                var surplus = votes[c] - quota;
                decimal moved = 0;
                foreach (var paper in piles[c])
                {
                    paper.Value = decimal.Floor(surplus * paper.Value / votes[c] * 100_000m) / 100_000m;
                    moved += paper.Ballot.Weight * paper.Value;
                    nonTransferable += MoveOn(paper, state, piles);
                }
                piles[c].Clear();
                settled[c] = quota;
                loss += surplus - moved;
            }
            else
            {
                var c = LookBack(hopeful.Where(h => votes[h] == hopeful.Min(x => votes[x])).ToList(), history, fewest: true, ref usedLot);
                state[c] = State.Excluded;
                foreach (var paper in piles[c])
                    nonTransferable += MoveOn(paper, state, piles);
                piles[c].Clear();
            }
        }
        return [.. elected.Select(c => election.Names[c])];
    }

    /// <summary>Puts the paper on the pile of its next hopeful preference; returns its value if it has none.</summary>
    private static decimal MoveOn(Paper paper, State[] state, List<Paper>[] piles)
    {
        var preferences = paper.Ballot.Preferences;
        do
            paper.Position++;
        while (paper.Position < preferences.Length && state[preferences[paper.Position]] != State.Hopeful);
        if (paper.Position == preferences.Length)
            return paper.Ballot.Weight * paper.Value;
        piles[preferences[paper.Position]].Add(paper);
        return 0;
    }

    /// <summary>The most recent earlier stage at which the tied candidates differed decides; failing that, the lowest number.</summary>
    private static int LookBack(List<int> tied, List<decimal[]> history, bool fewest, ref bool usedLot)
    {
        for (var stage = history.Count - 2; stage >= 0 && tied.Count > 1; stage--)
        {
            var figures = history[stage];
            var extreme = fewest ? tied.Min(c => figures[c]) : tied.Max(c => figures[c]);
            tied = [.. tied.Where(c => figures[c] == extreme)];
        }
        if (tied.Count > 1)
            usedLot = true;
        return tied.Min();
    }
}
