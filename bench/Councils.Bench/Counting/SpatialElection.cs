namespace Councils.Bench.Counting;

/// <summary>
/// A large election drawn deterministically from a seed by a faction (spatial) model: parties and
/// their candidates sit on a plane, voters come in blocs at points near a party, and a voter ranks
/// candidates by distance from the bloc's point. So most voters share a handful of orders, as in a
/// real count: some vote the party ticket only, some plump for one candidate, some rank everyone,
/// and some swap a neighbouring pair near the top; each voter stands a little way from the bloc. Integers only, so the same seed gives the same
/// ballots on every machine and every .NET version.
/// </summary>
internal sealed class SpatialElection
{
    private const int Parties = 6;
    private const int Blocs = 48;
    private const int Jitter = 100;

    private SpatialElection(ulong seed, int candidates, int[] starts, int[] choices)
    {
        Seed = seed;
        Candidates = candidates;
        Starts = starts;
        Choices = choices;
    }

    public ulong Seed { get; }

    public int Candidates { get; }

    public int Count => Starts.Length - 1;

    /// <summary>Ballot i is Choices[Starts[i]..Starts[i + 1]], first preference first.</summary>
    public int[] Starts { get; }

    public int[] Choices { get; }

    public ReadOnlySpan<int> Ballot(int i) => Choices.AsSpan(Starts[i], Starts[i + 1] - Starts[i]);

    public static SpatialElection Generate(ulong seed, int ballots, int candidates)
    {
        var rng = new SplitMix64(seed);
        var partyX = new int[Parties];
        var partyY = new int[Parties];
        for (var p = 0; p < Parties; p++)
            (partyX[p], partyY[p]) = (rng.Next(1000), rng.Next(1000));
        var party = new int[candidates];
        var x = new int[candidates];
        var y = new int[candidates];
        for (var c = 0; c < candidates; c++)
        {
            party[c] = c % Parties;
            x[c] = partyX[party[c]] + rng.Next(121) - 60;
            y[c] = partyY[party[c]] + rng.Next(121) - 60;
        }

        // Each bloc: a point near one party and a skewed size. Each voter stands a little way from
        // the bloc's point and ranks by distance from there: neighbours mostly agree, not always.
        var blocX = new int[Blocs];
        var blocY = new int[Blocs];
        var cumulative = new long[Blocs];
        long total = 0;
        for (var b = 0; b < Blocs; b++)
        {
            var p = rng.Next(Parties);
            blocX[b] = partyX[p] + rng.Next(301) - 150;
            blocY[b] = partyY[p] + rng.Next(301) - 150;
            var size = 1 + rng.Next(20);
            total += size * size;
            cumulative[b] = total;
        }

        var starts = new int[ballots + 1];
        var choices = new List<int>(ballots * 6);
        var order = new int[candidates];
        var distance = new long[candidates];
        for (var v = 0; v < ballots; v++)
        {
            var pick = rng.Next(total);
            var b = 0;
            while (cumulative[b] <= pick)
                b++;
            var vx = blocX[b] + rng.Next(2 * Jitter + 1) - Jitter;
            var vy = blocY[b] + rng.Next(2 * Jitter + 1) - Jitter;
            for (var c = 0; c < candidates; c++)
            {
                distance[c] = (long)(x[c] - vx) * (x[c] - vx) + (long)(y[c] - vy) * (y[c] - vy);
                order[c] = c;
            }
            SortByDistance(order, distance);
            var kind = rng.Next(100);
            if (kind < 20)
            {
                // The party ticket: only the candidates of the voter's favourite's party.
                foreach (var c in order)
                {
                    if (party[c] == party[order[0]])
                        choices.Add(c);
                }
            }
            else
            {
                var swaps = kind < 55 ? 1 : kind < 65 ? 2 : 0;
                for (var s = 0; s < swaps; s++)
                {
                    var i = rng.Next(Math.Min(6, candidates - 1));
                    (order[i], order[i + 1]) = (order[i + 1], order[i]);
                }
                var depth = Depth(rng, candidates);
                for (var i = 0; i < depth; i++)
                    choices.Add(order[i]);
            }
            starts[v + 1] = choices.Count;
        }
        return new SpatialElection(seed, candidates, starts, [.. choices]);
    }

    /// <summary>Insertion sort: twenty candidates, nearest first, lower number first when equally near.</summary>
    private static void SortByDistance(int[] order, long[] distance)
    {
        for (var i = 1; i < order.Length; i++)
        {
            var c = order[i];
            var j = i - 1;
            for (; j >= 0 && (distance[order[j]] > distance[c] || (distance[order[j]] == distance[c] && order[j] > c)); j--)
                order[j + 1] = order[j];
            order[j + 1] = c;
        }
    }

    /// <summary>One in six plumps for one candidate, one in ten ranks all; the rest rank a few more.</summary>
    private static int Depth(SplitMix64 rng, int candidates)
    {
        var u = rng.Next(100);
        if (u < 17)
            return 1;
        if (u < 27)
            return candidates;
        var depth = 2;
        while (depth < candidates && rng.Next(100) < 65)
            depth++;
        return depth;
    }
}
