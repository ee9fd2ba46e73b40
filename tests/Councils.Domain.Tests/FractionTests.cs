using System.Text.Json.Nodes;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests;

public sealed class FractionTests
{
    private const long Max = 9_007_199_254_740_991;

    [Theory]
    [InlineData(4, 6, 2, 3)]
    [InlineData(0, 5, 0, 1)]
    [InlineData(7, 7, 1, 1)]
    [InlineData(1, 2, 1, 2)]
    public void Of_AnyValidPair_IsReduced(long num, long den, long reducedNum, long reducedDen)
    {
        var fraction = Fraction.Of(num, den);
        Assert.Equal((reducedNum, reducedDen), (fraction.Num, fraction.Den));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(0, -3)]
    [InlineData(-1, 2)]
    [InlineData(3, 2)]
    public void Of_OutsideZeroToOne_IsRefused(long num, long den) =>
        Expect.Rule(Rules.PayloadInvalid, () => Fraction.Of(num, den));

    [Fact]
    public void Default_IsZero()
    {
        Assert.Equal(Fraction.Zero, default);
        Assert.Equal((0L, 1L), (default(Fraction).Num, default(Fraction).Den));
        Assert.Equal(Fraction.Of(0, 9), default);
    }

    [Theory]
    [InlineData(1, 2, 2, 4, 0)]
    [InlineData(1, 3, 1, 2, -1)]
    [InlineData(2, 3, 3, 5, 1)]
    [InlineData(Max - 1, Max, Max - 2, Max - 1, 1)]
    public void CompareTo_IsExact(long n1, long d1, long n2, long d2, int sign) =>
        Assert.Equal(sign, Math.Sign(Fraction.Of(n1, d1).CompareTo(Fraction.Of(n2, d2))));

    [Theory]
    [InlineData(1, 2, 6, 3)]
    [InlineData(1, 2, 7, 4)]
    [InlineData(2, 3, 9, 6)]
    [InlineData(2, 3, 10, 7)]
    [InlineData(0, 1, 10, 0)]
    [InlineData(1, 1, 10, 10)]
    [InlineData(1, 2, 0, 0)]
    [InlineData(Max - 1, Max, Max, Max - 1)]
    public void CeilingOf_IsTheFewestThatReachTheFraction(long num, long den, long whole, long ceiling)
    {
        var fraction = Fraction.Of(num, den);
        Assert.Equal(ceiling, fraction.CeilingOf(whole));
        Assert.True(fraction.IsReachedBy(ceiling, whole));
        if (ceiling > 0)
            Assert.False(fraction.IsReachedBy(ceiling - 1, whole));
    }

    [Fact]
    public void Json_RoundTrips() =>
        Assert.Equal(Fraction.Of(2, 3), Fraction.FromJson(JsonNode.Parse(Fraction.Of(2, 3).ToJson().ToJsonString())!.AsObject()));

    [Theory]
    [InlineData("""{"num":4,"den":6}""", "quorum")]
    [InlineData("""{"num":2,"den":0}""", "quorum.den")]
    [InlineData("""{"num":3,"den":2}""", "quorum.num")]
    [InlineData("""{"num":2.0,"den":3}""", "quorum.num")]
    [InlineData("""{"num":"2","den":3}""", "quorum.num")]
    [InlineData("""{"num":2}""", "quorum.den")]
    [InlineData("""{"num":2,"den":3,"of":"cast"}""", "quorum.of")]
    [InlineData("""{"num":2,"den":9007199254740993}""", "quorum.den")]
    public void FromJson_AnythingButAReducedFraction_IsRefusedNamingTheField(string json, string field) =>
        Expect.Rule(Rules.PayloadInvalid, field, () => Fraction.FromJson(JsonNode.Parse(json)!.AsObject(), "quorum"));
}
