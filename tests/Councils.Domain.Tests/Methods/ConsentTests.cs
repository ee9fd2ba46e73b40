using System.Text.Json.Nodes;
using Councils.Domain.Methods;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Methods;

public sealed class ConsentTests
{
    private static readonly Consent Method = new();

    [Theory]
    [InlineData("consent,consent,consent", "carried", 0)]
    [InlineData("consent,stand-aside,consent", "carried", 0)]         // standing aside does not block
    [InlineData("stand-aside,stand-aside,stand-aside", "carried", 0)]
    [InlineData("consent,consent,object:it costs a year of wages", "rejected", 1)]
    [InlineData("object:too soon,object:too dear,consent", "rejected", 2)]
    [InlineData("stand-aside:I was not consulted,consent,consent", "carried", 0)]
    public void Count_OneReasonedObjection_Blocks(string ballots, string outcome, int objections)
    {
        var count = Method.Count(Ballots.Of(Method, ballots.Split(',')), 5, Fraction.Of(1, 2));
        Assert.Equal(outcome, count.Outcome.ToString().ToLowerInvariant());
        Assert.Equal(objections, count.Objections.Length);
        Assert.Equal(objections, count["object"]);
        Assert.All(count.Objections, o => Assert.False(string.IsNullOrWhiteSpace(o.Reason)));
    }

    [Fact]
    public void Count_Objection_KeepsItsReasonAndItsMember()
    {
        var count = Method.Count(Ballots.Of(Method, ["consent", "object:it costs a year of wages"]), 2, Fraction.Zero);
        var objection = Assert.Single(count.Objections);
        Assert.Equal(new Objection(People.Key(2), "it costs a year of wages"), objection);
    }

    [Fact]
    public void Count_ObjectionsMissingTheQuorum_Lapse() =>
        Assert.Equal(Outcome.Lapsed, Method.Count(Ballots.Of(Method, ["object:no"]), 5, Fraction.Of(1, 2)).Outcome);

    [Theory]
    [InlineData("""{"choice":"consent"}""", null)]
    [InlineData("""{"choice":"stand-aside"}""", null)]
    [InlineData("""{"choice":"stand-aside","reason":"not my trade"}""", null)]
    [InlineData("""{"choice":"object","reason":"the roof leaks first"}""", null)]
    [InlineData("""{"choice":"object"}""", "ballot.reason")]
    [InlineData("""{"choice":"object","reason":"   "}""", "ballot.reason")]
    [InlineData("""{"choice":"object","reason":null}""", "ballot.reason")]
    [InlineData("""{"choice":"yes"}""", "ballot.choice")]
    [InlineData("""{"choice":"block","reason":"no"}""", "ballot.choice")]
    [InlineData("""{"choice":"consent","note":"fine"}""", "ballot.note")]
    public void ReadBallot_ObjectionWithoutReason_IsRefused(string json, string? refusedField)
    {
        var act = () => Method.ReadBallot(JsonNode.Parse(json)!.AsObject());
        if (refusedField is null)
            Assert.IsType<ConsentBallot>(act());
        else
            Expect.Rule(Rules.BallotInvalid, refusedField, () => act());
    }

    [Fact]
    public void New_ObjectionWithoutReason_IsRefused() =>
        Expect.Rule(Rules.BallotInvalid, "reason", () => new ConsentBallot(ConsentChoice.Object));

    [Fact]
    public void ConsentBallot_Json_RoundTrips()
    {
        var ballot = new ConsentBallot(ConsentChoice.Object, "the roof leaks first");
        Assert.Equal(ballot, Method.ReadBallot(ballot.ToJson()));
        Assert.Equal(new ConsentBallot(ConsentChoice.StandAside), Method.ReadBallot(new ConsentBallot(ConsentChoice.StandAside).ToJson()));
    }
}
