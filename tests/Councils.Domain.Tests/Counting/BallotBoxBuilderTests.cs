using Councils.Domain.Counting;

namespace Councils.Domain.Tests.Counting;

public sealed class BallotBoxBuilderTests
{
    [Fact]
    public void AddRanking_SamePreferencesWrittenTwoWays_FoldIntoOneBallot()
    {
        var builder = new BallotBoxBuilder(BallotKind.Ranked, 4);
        builder.AddRanking([3, 1, 0], [1, 1, 7], 2);
        builder.AddRanking([0, 1, 3], [9, 2, 2], 3);

        var box = builder.Build();

        Assert.Equal(1, box.Count);
        Assert.Equal(5, box.Weight(0));
        Assert.Equal([1, 3, 0], box.Choices(0).ToArray());
        Assert.Equal([1, 1, 2], box.Marks(0).ToArray());
    }

    [Fact]
    public void AddRanking_ManyBallots_AreAggregatedExactly()
    {
        var builder = new BallotBoxBuilder(BallotKind.Ranked, 5);
        var random = new Random(3);
        var expected = new Dictionary<string, long>();
        for (var i = 0; i < 20_000; i++)
        {
            var order = RandomElections.Shuffle(random, 5)[..random.Next(1, 6)];
            builder.AddRanking(order);
            var key = string.Join(',', order);
            expected[key] = expected.GetValueOrDefault(key) + 1;
        }

        var box = builder.Build();

        Assert.Equal(expected.Count, box.Count);
        Assert.Equal(20_000, box.TotalWeight);
        for (var b = 0; b < box.Count; b++)
            Assert.Equal(expected[string.Join(',', box.Choices(b).ToArray())], box.Weight(b));
    }

    [Fact]
    public void AddRanking_BadBallot_IsRefused()
    {
        var builder = new BallotBoxBuilder(BallotKind.Ranked, 3);

        Assert.Throws<ArgumentException>(() => builder.AddRanking([0, 0]));
        Assert.Throws<ArgumentException>(() => builder.AddRanking([3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddRanking([0], 0));
        Assert.Throws<ArgumentException>(() => builder.AddApproval([0]));
    }

    [Fact]
    public void LotOrder_SameSeed_SameOrderEveryTime()
    {
        // Pinned: a change to the drawing would change recorded results.
        Assert.Equal([2, 3, 1, 4, 0], new LotOrder(0, 5).Order);
        Assert.Equal(new LotOrder(12345, 9).Order, new LotOrder(12345, 9).Order);
        Assert.NotEqual(new LotOrder(1, 9).Order, new LotOrder(2, 9).Order);
    }

    [Theory]
    [InlineData("2/3", 2, 3)]
    [InlineData("4/6", 2, 3)]
    [InlineData("1", 1, 1)]
    public void Fraction_Parse_ReadsLowestTerms(string text, long numerator, long denominator)
    {
        var fraction = Fraction.Parse(text);

        Assert.Equal((numerator, denominator), (fraction.Num, fraction.Den));
        Assert.True(Fraction.Of(2, 3) > Fraction.Half);
    }
}
