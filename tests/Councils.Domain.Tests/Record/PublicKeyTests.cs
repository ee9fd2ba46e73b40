using Councils.Domain.Record;

namespace Councils.Domain.Tests.Record;

public sealed class PublicKeyTests
{
    private const string Canonical = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";

    [Fact]
    public void TryParse_CanonicalText_RoundTrips()
    {
        Assert.True(PublicKey.TryParse(Canonical, out var key));
        Assert.Equal(Canonical, key.Value.ToString());
    }

    [Theory]
    [InlineData("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURp")] // the unused low bits of the last character set
    [InlineData("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo=")] // padded
    [InlineData("11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo")] // base64, not base64url
    [InlineData("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcH Ro")] // whitespace, which the decoder alone skips
    [InlineData("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHUR")]
    [InlineData("")]
    public void TryParse_NonCanonicalText_IsRefused(string text) => Assert.False(PublicKey.TryParse(text, out _));

    [Fact]
    public void Equals_DefaultValues_AreEqualWithoutThrowing()
    {
        Assert.Equal(default(PublicKey), default);
        Assert.NotEqual(default, PublicKey.Parse(Canonical));
    }
}
