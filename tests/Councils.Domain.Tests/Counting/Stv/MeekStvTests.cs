using Councils.Domain.Counting;
using Councils.Domain.Counting.Formats;
using Councils.Domain.Counting.Stv;

namespace Councils.Domain.Tests.Counting.Stv;

public sealed class MeekStvTests
{
    [Fact]
    public void Count_MacIverExample_MeekAndGregoryDiffer()
    {
        var election = BltReader.ReadFile(RefCases.PathOf("stv", "meek", "drmaciver2016_meek_vs_gregory.blt"));

        var meek = new MeekStv().Count(election, CountOptions.Default);
        var scottish = new ScottishStv().Count(election, CountOptions.Default);

        Assert.Equal(["c0", "c1", "c3"], meek.Winners.Order(StringComparer.Ordinal));
        Assert.Equal(["c0", "c2", "c3"], scottish.Winners.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Count_WichmannAccuracyExample_SeesDifferencesBelowNineDigits()
    {
        // Voting matters 12: X, Y and Z differ by multiples of (1 - kA)(1 - kB), about 6e-8. Z is lowest
        // and must go first; nine digits or fewer see a three-way tie and leave it to chance.
        var election = BltReader.ReadFile(RefCases.PathOf("holdout", "stv-meek", "vm12_wichmann_meek_accuracy.blt"));

        var result = new MeekStv().Count(election, CountOptions.Default);

        var excluded = result.Stages.SelectMany(s => s.Excluded).ToList();
        Assert.Equal("Z", excluded[0]);
        Assert.Equal(["A", "B", "X"], result.Winners.Order(StringComparer.Ordinal));
        Assert.Empty(result.Ties);
        var coarse = new MeekStv().Count(election, CountOptions.Default with { MeekDigits = 9 });
        Assert.Equal(["X", "Y", "Z"], coarse.Ties[0].Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Count_EveryStage_ConservesVotesExactly()
    {
        var election = BltReader.ReadFile(RefCases.PathOf("holdout", "stv-meek", "M135_wichmann_erbs_validation.blt"));

        var result = new MeekStv().Count(election, CountOptions.Default);

        Assert.Equal(election.Seats, result.Winners.Count);
        foreach (var stage in result.Stages)
        {
            var sum = stage.Votes.Aggregate(stage.NonTransferable.Units, (s, v) => s + v.Units) + stage.LossToTruncation.Units;
            Assert.Equal(stage.Total.Units, sum);
            Assert.Equal(result.Stages[0].Total, stage.Total);
        }
    }

    [Fact]
    public void Count_ElectedCandidates_HoldTheQuotaWhenConverged()
    {
        var election = BltReader.ReadFile(RefCases.PathOf("stv", "scottish", "Calton-2007.blt"));

        var result = new MeekStv().Count(election, CountOptions.Default);

        Assert.Equal(3, result.Winners.Count);
        var last = result.Stages[^1];
        Assert.NotNull(last.KeepFactors);
    }
}
