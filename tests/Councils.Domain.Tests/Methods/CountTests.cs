using System.Text.Json.Nodes;
using Councils.Domain.Methods;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Methods;

public sealed class CountTests
{
    private static readonly KeyValuePair<string, long>[] ThreeOneZero = [new("yes", 3), new("no", 1), new("abstain", 0)];

    [Fact]
    public void Json_RoundTripsWithTheOutcomeBesideIt()
    {
        var consent = new Consent();
        var count = consent.Count(Ballots.Of(consent, ["consent", "object:too dear", "stand-aside", "object:too soon"]), 6, Fraction.Of(1, 2));
        var json = JsonNode.Parse(count.ToJson().ToJsonString())!.AsObject();
        Assert.False(json.ContainsKey("outcome"));
        Assert.Equal(count, Count.FromJson(json, count.Outcome));
    }

    [Fact]
    public void Equals_ObjectionsInAnotherOrder_AreTheSameCount()
    {
        Objection[] objections = [new(People.Ana, "too dear"), new(People.Boris, "too soon")];
        KeyValuePair<string, long>[] tallies = [new("consent", 0), new("object", 2), new("stand-aside", 0)];
        Assert.Equal(
            new Count(tallies, 3, 2, objections, Outcome.Rejected),
            new Count(tallies, 3, 2, objections.Reverse(), Outcome.Rejected));
    }

    [Theory]
    // 4 ballots: 3 yes, 1 no
    [InlineData(5, 3, "carried", null)]
    [InlineData(5, 5, "lapsed", null)]
    [InlineData(5, 5, "carried", "outcome")]    // 4 < 5: it can only lapse
    [InlineData(5, 4, "lapsed", "outcome")]     // 4 ≥ 4: it cannot lapse
    [InlineData(3, 2, "carried", "eligible")]   // 4 ballots from 3 members
    [InlineData(5, 6, "lapsed", "quorum")]      // a quorum above the membership
    public void New_InconsistentParts_AreRefused(long eligible, long quorum, string outcome, string? field)
    {
        var act = () => new Count(ThreeOneZero, eligible, quorum, [], Enum.Parse<Outcome>(outcome, ignoreCase: true));
        if (field is null)
            act();
        else
            Expect.Rule(Rules.PayloadInvalid, field, () => act());
    }

    [Theory]
    [InlineData("""{"eligible":5,"objections":[],"quorum":3,"tallies":{"abstain":0,"no":1,"yes":3},"turnout":5}""", "count.turnout")]
    [InlineData("""{"eligible":5,"objections":[],"quorum":3,"tallies":{"abstain":0,"no":-1,"yes":3},"turnout":2}""", "count.tallies.no")]
    [InlineData("""{"eligible":5,"objections":[],"quorum":3,"tallies":{"abstain":0,"no":1,"yes":3}}""", "count.turnout")]
    [InlineData("""{"eligible":5,"objections":[],"quorum":3,"tallies":{"abstain":0,"no":1,"yes":3},"turnout":4,"rounds":[]}""", "count.rounds")]
    [InlineData("""{"eligible":5,"objections":[{"member":"x","reason":"r"}],"quorum":3,"tallies":{"yes":4},"turnout":4}""", "count.objections[0].member")]
    public void FromJson_BadCount_IsRefusedNamingTheField(string json, string field) =>
        Expect.Rule(Rules.PayloadInvalid, field, () => Count.FromJson(JsonNode.Parse(json)!.AsObject(), Outcome.Carried));
}
