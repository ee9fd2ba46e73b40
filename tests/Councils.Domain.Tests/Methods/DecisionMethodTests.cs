using System.Text.Json.Nodes;
using Councils.Domain.Methods;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Methods;

public sealed class DecisionMethodTests
{
    public static TheoryData<DecisionMethod> Methods() =>
    [
        new SimpleMajority(),
        new Consent(),
        QualifiedMajority.TwoThirdsOfVotesCast,
        new QualifiedMajority(Fraction.Of(3, 4), VoteBase.Members),
    ];

    [Theory]
    [MemberData(nameof(Methods))]
    public void Json_RoundTrips(DecisionMethod method) =>
        Assert.Equal(method, DecisionMethod.FromJson(JsonNode.Parse(method.ToJson().ToJsonString())!.AsObject()));

    [Theory]
    [InlineData("""{"type":"majority"}""", "simple majority")]
    [InlineData("""{"type":"consent"}""", "consent")]
    [InlineData("""{"type":"qualified","num":2,"den":3,"of":"cast"}""", "qualified majority of 2/3 of the votes cast")]
    [InlineData("""{"type":"qualified","num":1,"den":2,"of":"members"}""", "qualified majority of 1/2 of the members")]
    public void FromJson_EachSpec_IsItsMethod(string json, string described) =>
        Assert.Equal(described, DecisionMethod.FromJson(JsonNode.Parse(json)!.AsObject()).ToString());

    [Theory]
    [InlineData("""{"type":"plurality"}""", "method.type")]
    [InlineData("""{"type":"schulze"}""", "method.options")]
    [InlineData("""{}""", "method.type")]
    [InlineData("""{"type":"majority","num":1}""", "method.num")]
    [InlineData("""{"type":"qualified","num":2,"den":3}""", "method.of")]
    [InlineData("""{"type":"qualified","num":2,"den":3,"of":"all"}""", "method.of")]
    [InlineData("""{"type":"qualified","num":0,"den":1,"of":"cast"}""", "method.num")]
    [InlineData("""{"type":"qualified","num":4,"den":6,"of":"cast"}""", "method")]
    [InlineData("""{"type":"qualified","num":4,"den":3,"of":"cast"}""", "method.num")]
    [InlineData("""{"type":"qualified","num":2,"den":3,"of":"cast","quorum":1}""", "method.quorum")]
    public void FromJson_BadSpec_IsRefusedNamingTheField(string json, string field) =>
        Expect.Rule(Rules.PayloadInvalid, field, () => DecisionMethod.FromJson(JsonNode.Parse(json)!.AsObject()));
}
