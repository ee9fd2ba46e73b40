namespace Councils.Domain.Counting.Schulze;

/// <summary>
/// The Schulze method (M. Schulze, Social Choice and Welfare 36 (2011) 267-303): the ranking given
/// by comparing the strongest paths between each pair of options. Winning votes unless the options
/// say margins or ratio. An option that does not beat the status quo by the threshold is dropped
/// first. Options the count cannot separate are reported as ties and ordered only by the lot.
/// </summary>
public sealed class SchulzeMethod : ICountingMethod
{
    /// <inheritdoc />
    public string Name => "schulze";

    /// <inheritdoc />
    public IReadOnlyList<BallotKind> Accepts { get; } = [BallotKind.Ranked];

    /// <inheritdoc />
    public CountResult Count(Election election, CountOptions options)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(options);
        if (election.Ballots.Kind != BallotKind.Ranked)
            throw new ArgumentException($"Schulze counts ranked ballots, not {election.Ballots.Kind} ballots.", nameof(election));
        var seats = options.Seats ?? election.Seats;
        ArgumentOutOfRangeException.ThrowIfLessThan(seats, 1);
        var candidates = election.Candidates;
        var all = Enumerable.Range(0, candidates.Count).Where(c => !candidates[c].IsWithdrawn).ToArray();
        var n = candidates.Count;
        var d = PairwiseCount.Count(election.Ballots, candidates);
        var notes = new List<string>();
        var dropped = DropBelowStatusQuo(election, options, all, d, notes);
        var kept = all.Where(c => !dropped.Contains(c)).ToArray();
        var p = StrongestPaths(d, n, kept, options.Strength);
        var ranking = Rank(kept, p, n);
        if (dropped.Count > 0)
            ranking.Add(dropped);

        var lot = new LotOrder(options.TieBreakSeed, n);
        var winners = new List<int>();
        var ties = new List<IReadOnlyList<string>>();
        var used = false;
        foreach (var group in ranking)
        {
            if (winners.Count >= seats)
                break;
            var ordered = group.OrderBy(lot.PositionOf).ToList();
            if (group.Count > 1 && winners.Count + group.Count > seats)
            {
                // The group straddles the last seat: the count cannot say who wins, only the lot can.
                used = true;
                ties.Add([.. group.Select(c => candidates[c].Name)]);
                notes.Add($"Tie between {string.Join(", ", group.Select(c => candidates[c].Name))}; settled by lot (seed {lot.Seed}).");
            }
            winners.AddRange(ordered.Take(seats - winners.Count));
        }

        return new CountResult
        {
            Method = Name,
            Title = election.Title,
            Seats = seats,
            Candidates = [.. candidates.Select(c => c.Name)],
            Withdrawn = [.. candidates.Where(c => c.IsWithdrawn).Select(c => c.Name)],
            Winners = [.. winners.Select(c => candidates[c].Name)],
            Ties = ties,
            Ranking = [.. ranking.Select(g => (IReadOnlyList<string>)[.. g.Select(c => candidates[c].Name)])],
            ValidBallots = election.Ballots.TotalWeight,
            Matrices = new SchulzeMatrices(
                options.Strength,
                [.. all.Select(c => candidates[c].Name)],
                [.. all.Select(x => all.Select(y => d[x * n + y]).ToArray())],
                [.. all.Select(x => all.Select(y => p[x * n + y]).ToArray())]),
            TieBreak = new TieBreak(lot.Seed, [.. lot.Order.Select(c => candidates[c].Name)], used),
            Notes = notes,
        };
    }

    /// <summary>
    /// Debian's rule for a default option: an option beaten by, or not preferred strongly enough to,
    /// the status quo cannot win and leaves the count.
    /// </summary>
    private static List<int> DropBelowStatusQuo(Election election, CountOptions options, int[] all, long[] d, List<string> notes)
    {
        var dropped = new List<int>();
        if (options.StatusQuo is not { } name)
            return dropped;
        var sq = election.IndexOf(name);
        if (sq < 0 || election.Candidates[sq].IsWithdrawn)
            throw new ArgumentException($"The status quo '{name}' is not an option of this election.", nameof(options));
        var n = election.Candidates.Count;
        var t = options.StatusQuoThreshold;
        foreach (var x in all)
        {
            if (x == sq)
                continue;
            var pro = d[x * n + sq];
            var con = d[sq * n + x];
            var meets = pro > con && (Int128)pro * t.Den >= (Int128)t.Num * (pro + con);
            if (!meets)
            {
                dropped.Add(x);
                notes.Add($"{election.Candidates[x].Name} is dropped: preferred to the status quo {name} by {pro} to {con}, short of {t} of those who ranked them differently.");
            }
        }
        return dropped;
    }

    private static PathStrength Link(long forward, long backward, SchulzeStrength strength)
    {
        if (forward <= backward)
            return PathStrength.None;
        return strength switch
        {
            SchulzeStrength.WinningVotes => new PathStrength(forward, 1),
            SchulzeStrength.Margins => new PathStrength(forward - backward, 1),
            SchulzeStrength.Ratio => new PathStrength(forward, backward),
            _ => throw new ArgumentOutOfRangeException(nameof(strength), strength, "Unknown strength measure."),
        };
    }

    /// <summary>Floyd-Warshall for the widest path (Schulze 2011, section 2.3).</summary>
    private static PathStrength[] StrongestPaths(long[] d, int n, int[] options, SchulzeStrength strength)
    {
        var p = new PathStrength[n * n];
        Array.Fill(p, PathStrength.None);
        foreach (var x in options)
        {
            foreach (var y in options)
            {
                if (x != y)
                    p[x * n + y] = Link(d[x * n + y], d[y * n + x], strength);
            }
        }
        foreach (var k in options)
        {
            foreach (var x in options)
            {
                if (x == k || p[x * n + k].Numerator == 0)
                    continue;
                foreach (var y in options)
                {
                    if (y == x || y == k)
                        continue;
                    var through = p[x * n + k] < p[k * n + y] ? p[x * n + k] : p[k * n + y];
                    if (through > p[x * n + y])
                        p[x * n + y] = through;
                }
            }
        }
        return p;
    }

    /// <summary>
    /// The Schulze order in layers: first those no remaining option beats (p[y,x] &gt; p[x,y]), then
    /// the same among the rest. Options in one layer are tied.
    /// </summary>
    private static List<List<int>> Rank(int[] options, PathStrength[] p, int n)
    {
        var ranking = new List<List<int>>();
        var remaining = new List<int>(options);
        while (remaining.Count > 0)
        {
            var layer = remaining.Where(x => !remaining.Any(y => p[y * n + x] > p[x * n + y])).ToList();
            if (layer.Count == 0)
                layer = [.. remaining]; // cannot happen: the relation is a strict partial order (Schulze 2011, 4.1)
            ranking.Add(layer);
            remaining.RemoveAll(layer.Contains);
        }
        return ranking;
    }
}
