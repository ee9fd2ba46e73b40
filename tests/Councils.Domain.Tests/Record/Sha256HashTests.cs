using Councils.Domain.Record;

namespace Councils.Domain.Tests.Record;

public sealed class Sha256HashTests
{
    [Fact]
    public void Of_EmptyInput_IsTheKnownDigest() =>
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256Hash.Of([]).ToString());

    [Theory]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
    [InlineData("e3b0")]
    [InlineData("")]
    public void TryParse_NotLowercaseHexOfLength64_IsRefused(string text) => Assert.False(Sha256Hash.TryParse(text, out _));

    [Fact]
    public void Equals_DefaultValues_AreEqualWithoutThrowing()
    {
        Assert.Equal(default(Sha256Hash), default);
        Assert.NotEqual(default, Sha256Hash.Of([]));
    }

    [Fact]
    public void Parse_ToString_RoundTrips()
    {
        var hash = Sha256Hash.Of("abc"u8);
        Assert.Equal(hash, Sha256Hash.Parse(hash.ToString()));
    }
}
