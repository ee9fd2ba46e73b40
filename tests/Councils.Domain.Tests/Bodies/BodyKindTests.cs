using Councils.Domain.Bodies;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Bodies;

public sealed class BodyKindTests
{
    [Theory]
    [InlineData("workplace-committee", true)]
    [InlineData("land-commune", true)]
    [InlineData("neighbourhood-council", true)]
    [InlineData("federation", false)]
    public void Parse_EachKind_RoundTripsAndKnowsWhetherItIsACell(string text, bool isCell)
    {
        var kind = BodyKind.Parse(text);
        Assert.Equal(text, kind.ToString());
        Assert.Equal(isCell, kind.IsCell);
        Assert.Same(kind, BodyKind.Parse(text));
    }

    [Theory]
    [InlineData("factory")]
    [InlineData("Federation")]
    [InlineData("")]
    public void Parse_NoSuchKind_IsRefused(string text) =>
        Expect.Rule(Rules.BodyKind, "payload.kind", () => BodyKind.Parse(text, "payload.kind"));
}
