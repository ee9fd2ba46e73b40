using Councils.Domain.Counting;
using Councils.Domain.Counting.Schulze;

namespace Councils.Domain.Tests.Counting.Schulze;

public sealed class SchulzeMethodTests
{
    public static TheoryData<string> Examples() => [.. SchulzeExample.All.Select(e => e.Id)];

    [Fact]
    public void Examples_AreTheSixteenOfThePaper() => Assert.Equal(16, SchulzeExample.All.Count);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Count_PaperExample_WinnersAndTiesAsPublished(string id)
    {
        var example = SchulzeExample.All.Single(e => e.Id == id);

        var result = new SchulzeMethod().Count(example.Election, CountOptions.Default);

        AssertWinners(example.Expect["expect_winner"], result);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Count_PaperExample_StrongestPathsAsPublished(string id)
    {
        var example = SchulzeExample.All.Single(e => e.Id == id);
        var result = new SchulzeMethod().Count(example.Election, CountOptions.Default);
        var matrices = result.Matrices!;

        foreach (var ((from, to), strength) in example.StrongestPaths)
        {
            var x = matrices.Options.ToList().IndexOf(from);
            var y = matrices.Options.ToList().IndexOf(to);
            Assert.True(new PathStrength(strength, 1) == matrices.StrongestPaths[x][y] || (strength == 0 && matrices.StrongestPaths[x][y].Numerator == 0),
                $"p[{from},{to}] is {matrices.StrongestPaths[x][y]}, published {strength}");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Count_PaperExample_RankingAsPublished(string id)
    {
        var example = SchulzeExample.All.Single(e => e.Id == id);
        if (!example.Expect.TryGetValue("expect_ranking", out var ranking))
            return; // the paper publishes no full ranking for this example

        var result = new SchulzeMethod().Count(example.Election, CountOptions.Default);

        var expected = ranking.Split('>').Select(g => string.Join('=', g.Split('=').Order(StringComparer.Ordinal)));
        var actual = result.Ranking.Select(g => string.Join('=', g.Order(StringComparer.Ordinal)));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(SchulzeStrength.WinningVotes, "expect_winner")]
    [InlineData(SchulzeStrength.Margins, "expect_winner_margins")]
    [InlineData(SchulzeStrength.Ratio, "expect_winner_ratio")]
    public void Count_Example10_WinnerDependsOnStrength(SchulzeStrength strength, string key)
    {
        var example = SchulzeExample.All.Single(e => e.Id == "schulze-ex10-strength-variants");

        var result = new SchulzeMethod().Count(example.Election, CountOptions.Default with { Strength = strength });

        AssertWinners(example.Expect[key], result);
        Assert.Equal(strength, result.Matrices!.Strength);
    }

    [Fact]
    public void Count_TieAmongPotentialWinners_IsReportedAndSettledByTheRecordedLot()
    {
        var example = SchulzeExample.All.Single(e => e.Id == "schulze-ex4-tie");

        var first = new SchulzeMethod().Count(example.Election, CountOptions.Default with { TieBreakSeed = 1 });
        var seeds = Enumerable.Range(0, 16).Select(s => new SchulzeMethod().Count(example.Election, CountOptions.Default with { TieBreakSeed = (ulong)s }).Winners[0]).ToHashSet();

        Assert.True(first.TieBreak.Used);
        Assert.Equal(1UL, first.TieBreak.Seed);
        Assert.Equal(first.TieBreak.Order.First(n => n is "B" or "D"), first.Winners[0]);
        Assert.Equal(["B", "D"], seeds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Count_OptionShortOfTheStatusQuoThreshold_CannotWin()
    {
        // 6 prefer A to the status quo S, 4 prefer S to A: 60 %, short of two thirds.
        var election = Ranked(["A", "S", "B"], (6, [0, 1, 2]), (4, [1, 2, 0]));

        var plain = new SchulzeMethod().Count(election, CountOptions.Default);
        var qualified = new SchulzeMethod().Count(election, CountOptions.Default with { StatusQuo = "S", StatusQuoThreshold = Fraction.Of(2, 3) });

        Assert.Equal(["A"], plain.Winners);
        Assert.Equal(["S"], qualified.Winners);
        Assert.Contains(qualified.Notes, n => n.StartsWith("A is dropped", StringComparison.Ordinal));
    }

    [Fact]
    public void Count_UnrankedOptions_RankEqualBelowRankedOnes()
    {
        var election = Ranked(["A", "B", "C"], (3, [2]), (2, [0, 1]));

        var result = new SchulzeMethod().Count(election, CountOptions.Default);
        var d = result.Matrices!.Pairwise;

        Assert.Equal(3, d[2][0]); // C over A: the three who ranked only C
        Assert.Equal(2, d[0][2]);
        Assert.Equal(2, d[0][1]);
        Assert.Equal(0, d[1][0]);
    }

    [Fact]
    public void PathStrength_RatiosTooCloseForDoubles_AreComparedExactly()
    {
        const long big = 100_000_000_000_000_000;
        var a = new PathStrength(big + 1, big);
        var b = new PathStrength(big + 2, big + 1);

        Assert.Equal((double)a.Numerator / a.Denominator, (double)b.Numerator / b.Denominator);
        Assert.True(a > b);
        Assert.True(new PathStrength(5, 0) > new PathStrength(long.MaxValue, 1));
    }

    internal static Election Ranked(string[] names, params (long Count, int[] Order)[] ballots)
    {
        var builder = new BallotBoxBuilder(BallotKind.Ranked, names.Length);
        foreach (var (count, order) in ballots)
            builder.AddRanking(order, count);
        return new Election("test", [.. names.Select(n => new Candidate(n))], 1, builder.Build());
    }

    private static void AssertWinners(string expected, CountResult result)
    {
        var winners = expected.Split(',').Select(w => w.Trim()).ToArray();
        if (winners.Length == 1)
        {
            Assert.Equal(winners, result.Winners);
            Assert.Empty(result.Ties);
        }
        else
        {
            var tie = Assert.Single(result.Ties);
            Assert.Equal(winners.Order(StringComparer.Ordinal), tie.Order(StringComparer.Ordinal));
            Assert.Contains(result.Winners[0], winners);
        }
    }
}
