using Councils.Domain.Counting;

namespace Councils.Domain.Tests.Counting;

/// <summary>Small random elections from a seed, as lists of weighted ballots so tests can reorder, split and relabel them.</summary>
internal static class RandomElections
{
    public sealed record Ballot(long Weight, int[] Choices, int[] Ranks);

    public static (string[] Names, List<Ballot> Ballots, int Seats) Make(int seed, bool equalPreferences = false)
    {
        var random = new Random(seed);
        var n = random.Next(3, 8);
        var names = Enumerable.Range(0, n).Select(i => $"C{i}").ToArray();
        // A few factions with a favourite order, and voters who mostly follow one: realistic repeats.
        var factions = Enumerable.Range(0, random.Next(2, 5)).Select(_ => Shuffle(random, n)).ToArray();
        var ballots = new List<Ballot>();
        for (var v = random.Next(5, 60); v > 0; v--)
        {
            var order = random.Next(4) == 0 ? Shuffle(random, n) : (int[])factions[random.Next(factions.Length)].Clone();
            if (random.Next(3) == 0)
            {
                var i = random.Next(n);
                var j = random.Next(n);
                (order[i], order[j]) = (order[j], order[i]);
            }
            var depth = random.Next(1, n + 1);
            var ranks = new int[depth];
            var rank = 0;
            for (var k = 0; k < depth; k++)
                ranks[k] = equalPreferences && k > 0 && random.Next(5) == 0 ? rank : ++rank;
            ballots.Add(new Ballot(random.Next(1, 4), order[..depth], ranks));
        }
        return (names, ballots, random.Next(1, n));
    }

    public static Election Build(string[] names, IEnumerable<Ballot> ballots, int seats)
    {
        var builder = new BallotBoxBuilder(BallotKind.Ranked, names.Length);
        foreach (var b in ballots)
            builder.AddRanking(b.Choices, b.Ranks, b.Weight);
        return new Election("random", [.. names.Select(n => new Candidate(n))], seats, builder.Build());
    }

    public static int[] Shuffle(Random random, int n)
    {
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        return order;
    }
}
