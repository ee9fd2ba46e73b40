using Councils.Domain.Counting;
using Councils.Domain.Counting.Schulze;
using Councils.Domain.Methods;

namespace Councils.Domain.Tests.Methods;

public sealed class SchulzeVoteTests
{
    private static readonly string[] Abc = ["a", "b", "c"];

    // A cycle: a beats b, b beats c, c beats a, each 2 to 1; every strongest path is 2, so all three tie.
    private static readonly string[] Cycle = ["a>b>c", "b>c>a", "c>a>b"];

    public static TheoryData<long> Seeds() => [0, 1, 2, 3, 7, 42, 1_000_003, 9_007_199_254_740_991];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Decide_Tie_IsReportedAndBrokenByTheRecordedSeed(long seed)
    {
        var count = OptionsMotion.Open(new SchulzeVote(Abc, seed), 3).CastAll(Cycle).Decided();
        var again = OptionsMotion.Open(new SchulzeVote(Abc, seed), 3).CastAll(Cycle).Decided();

        Assert.Equal(count, again);                                   // same seed, same winner, same record
        Assert.Equal<string>(Abc, Assert.Single(count.Ties));        // the tie is reported
        var lot = new LotOrder((ulong)seed, 3);
        Assert.Equal(Abc[lot.Order[0]], Assert.Single(count.Winners)); // and settled by the lot the seed draws
        var tieBreak = count.Report!["tieBreak"]!;
        Assert.Equal(seed, tieBreak["seed"]!.GetValue<long>());
        Assert.True(tieBreak["used"]!.GetValue<bool>());
        Assert.Equal(lot.Order.Select(i => Abc[i]), tieBreak["order"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(Outcome.Carried, count.Outcome);
    }

    [Fact]
    public void Decide_Tie_OnlyTheSeedDecidesItsWinner()
    {
        var winners = Enumerable.Range(0, 30)
            .Select(seed => OptionsMotion.Open(new SchulzeVote(Abc, seed), 3).CastAll(Cycle).Decided().Winners.Single())
            .ToHashSet();
        Assert.Equal(Abc.ToHashSet(), winners);
    }

    [Fact]
    public void Decide_NoTie_TheLotIsRecordedUnused()
    {
        var count = OptionsMotion.Open(new SchulzeVote(Abc, 5), 3).CastAll(["a>b>c", "a>c>b", "b>a>c"]).Decided();
        Assert.Empty(count.Ties);
        Assert.False(count.Report!["tieBreak"]!["used"]!.GetValue<bool>());
    }

    [Fact]
    public void Decide_Matrices_AreInTheRecord()
    {
        var count = OptionsMotion.Open(new SchulzeVote(Abc, 5), 3).CastAll(Cycle).Decided();
        var matrices = count.Report!["matrices"]!;
        Assert.Equal("winning-votes", matrices["strength"]!.GetValue<string>());
        Assert.Equal("[[0,2,1],[1,0,2],[2,1,0]]", matrices["pairwise"]!.ToJsonString());
        Assert.Equal("[[0,2,2],[2,0,2],[2,2,0]]", matrices["strongestPaths"]!.ToJsonString());
    }

    [Fact]
    public void Decide_RatioStrength_KeepsRatiosExactInTheRecord()
    {
        var ballots = OptionsMotion.Times(("a>b>c", 3), ("b>a>c", 2));
        var count = OptionsMotion.Open(new SchulzeVote(Abc, 5, SchulzeStrength.Ratio), 5).CastAll(ballots).Decided();
        // a over b by 3 to 2; c beaten by everyone, unopposed: n/0, stronger than any finite ratio.
        Assert.Equal("""[[0,"3/2","5/0"],[0,0,"5/0"],[0,0,0]]""", count.Report!["matrices"]!["strongestPaths"]!.ToJsonString());
        Assert.Equal<string>(["a"], count.Winners);
    }
}
