using Councils.Domain.Counting;
using Councils.Domain.Counting.Schulze;
using Councils.Domain.Counting.Stv;

namespace Councils.Domain.Tests.Counting;

/// <summary>Properties every count must have, checked on seeded random elections.</summary>
public sealed class CountingPropertyTests
{
    private static readonly string[] Methods = ["scottish-stv", "meek-stv", "irv", "schulze", "approval"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Count_BallotsInAnyOrder_GiveTheSameResult(int seed)
    {
        var (names, ballots, seats) = RandomElections.Make(seed);
        var shuffled = ballots.ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));

        foreach (var method in Methods)
        {
            var a = Count(method, RandomElections.Build(names, ballots, seats));
            var b = Count(method, RandomElections.Build(names, shuffled, seats));
            Assert.Equal(a.Winners, b.Winners);
            Assert.Equal(a.Stages.Select(s => s.Votes), b.Stages.Select(s => s.Votes));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Count_VotersNotBallotGroups_Count(int seed)
    {
        // Anonymity: a ballot of weight 3 counts as three voters casting it, whoever they are.
        var (names, ballots, seats) = RandomElections.Make(seed);
        var split = ballots.SelectMany(b => Enumerable.Repeat(b with { Weight = 1 }, (int)b.Weight)).ToList();

        foreach (var method in Methods)
        {
            var a = Count(method, RandomElections.Build(names, ballots, seats));
            var b = Count(method, RandomElections.Build(names, split, seats));
            Assert.Equal(a.Winners, b.Winners);
            Assert.Equal(a.Stages.Select(s => s.Votes), b.Stages.Select(s => s.Votes));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Count_CandidatesRelabelled_ElectTheSameCandidates(int seed)
    {
        // Neutrality: renumbering the candidates changes nothing unless the lot (which goes by number) decided.
        var (names, ballots, seats) = RandomElections.Make(seed);
        var permutation = RandomElections.Shuffle(new Random(seed), names.Length);
        var relabelledNames = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
            relabelledNames[permutation[i]] = names[i];
        var relabelled = ballots.Select(b => b with { Choices = [.. b.Choices.Select(c => permutation[c])] }).ToList();

        foreach (var method in Methods)
        {
            var a = Count(method, RandomElections.Build(names, ballots, seats));
            var b = Count(method, RandomElections.Build(relabelledNames, relabelled, seats));
            if (a.TieBreak.Used || b.TieBreak.Used)
                continue;
            Assert.Equal(a.Winners.Order(StringComparer.Ordinal), b.Winners.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Schulze_CondorcetWinner_Wins(int seed)
    {
        var (names, ballots, _) = RandomElections.Make(seed, equalPreferences: true);
        var election = RandomElections.Build(names, ballots, 1);

        var result = new SchulzeMethod().Count(election, CountOptions.Default);

        var d = result.Matrices!.Pairwise;
        var n = names.Length;
        var condorcet = Enumerable.Range(0, n).Where(x => Enumerable.Range(0, n).All(y => y == x || d[x][y] > d[y][x])).ToList();
        if (condorcet.Count == 1)
        {
            Assert.Equal([names[condorcet[0]]], result.Winners);
            Assert.Empty(result.Ties);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ScottishStv_OneSeat_IsInstantRunoff(int seed)
    {
        var (names, ballots, _) = RandomElections.Make(seed);
        var election = RandomElections.Build(names, ballots, 1);

        var stv = new ScottishStv().Count(election, CountOptions.Default with { Seats = 1 });
        var irv = new InstantRunoff().Count(election, CountOptions.Default);
        var reference = ReferenceInstantRunoff(names.Length, ballots);

        Assert.Equal(stv.Winners, irv.Winners);
        if (reference >= 0 && !stv.TieBreak.Used)
            Assert.Equal([names[reference]], stv.Winners);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Stv_EveryStage_ConservesVotesExactly(int seed)
    {
        var (names, ballots, seats) = RandomElections.Make(seed);
        var election = RandomElections.Build(names, ballots, seats);

        foreach (var method in new ICountingMethod[] { new ScottishStv(), new MeekStv() })
        {
            var result = method.Count(election, CountOptions.Default);
            Assert.Equal(seats, result.Winners.Count);
            foreach (var stage in result.Stages)
            {
                Assert.Equal(result.Stages[0].Total, stage.Total);
                Assert.Equal(stage.Total.Units, stage.Votes.Aggregate(stage.NonTransferable.Units + stage.LossToTruncation.Units, (s, v) => s + v.Units));
                Assert.True(stage.LossToTruncation.Units >= 0 && stage.NonTransferable.Units >= 0);
            }
        }
    }

    private static CountResult Count(string method, Election election) => CountingMethods.Find(method)!.Count(election, CountOptions.Default);

    /// <summary>Plain instant-runoff on whole ballots: -1 when a tie for last place would need a rule.</summary>
    private static int ReferenceInstantRunoff(int n, List<RandomElections.Ballot> ballots)
    {
        var standing = Enumerable.Range(0, n).ToHashSet();
        while (true)
        {
            var tally = standing.ToDictionary(c => c, _ => 0L);
            long active = 0;
            foreach (var b in ballots)
            {
                var top = b.Choices.Cast<int?>().FirstOrDefault(c => standing.Contains(c!.Value));
                if (top is { } t)
                {
                    tally[t] += b.Weight;
                    active += b.Weight;
                }
            }
            var valid = ballots.Where(b => b.Choices.Length > 0).Sum(b => b.Weight);
            var leader = tally.MaxBy(kv => kv.Value);
            if (leader.Value * 2 > valid - valid % 2 && leader.Value >= valid / 2 + 1)
                return leader.Key;
            if (standing.Count == 1)
                return standing.Single();
            var least = tally.Values.Min();
            var lowest = tally.Where(kv => kv.Value == least).Select(kv => kv.Key).ToList();
            if (lowest.Count > 1)
                return -1;
            standing.Remove(lowest[0]);
        }
    }
}
