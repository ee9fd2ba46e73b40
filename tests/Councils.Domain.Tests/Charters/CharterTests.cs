using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Methods;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Charters;

public sealed class CharterTests
{
    private const string Valid =
        """{"admission":"by-member","amendmentMethod":{"type":"qualified","num":2,"den":3,"of":"cast"},"method":{"type":"majority"},"openForSeconds":604800,"quorum":{"num":1,"den":2}}""";

    [Theory]
    [InlineData("workplace-committee", Admission.ByMember)]
    [InlineData("land-commune", Admission.ByDecision)]
    [InlineData("neighbourhood-council", Admission.Open)]
    [InlineData("federation", Admission.Open)]
    public void For_EachKind_HasASensibleDefault(string kind, Admission admission)
    {
        var charter = Charter.For(BodyKind.Parse(kind));
        Assert.Equal(admission, charter.Admission);
        Assert.Equal(new SimpleMajority(), charter.Method);
        Assert.Equal(Fraction.Of(1, 2), charter.Quorum);
        Assert.Equal(QualifiedMajority.TwoThirdsOfVotesCast, charter.AmendmentMethod);
        Assert.Equal(7 * 24 * 60 * 60, charter.OpenForSeconds);
    }

    [Fact]
    public void ToJson_Default_IsTheCanonicalSpellingWithTheDefaultDelegationAndNoMatters()
    {
        var expected = JsonNode.Parse(Valid)!.AsObject();
        expected["delegation"] = JsonNode.Parse("""{"consecutiveTerms":2,"postCap":2,"recallSupport":1,"seats":1,"termSeconds":31536000}""");
        expected["matters"] = JsonNode.Parse("""{"cells":{"num":1,"den":2},"members":{"num":1,"den":2},"modes":{}}""");
        Assert.True(JsonNode.DeepEquals(expected, Charter.For(BodyKind.WorkplaceCommittee).ToJson()));
    }

    [Fact]
    public void FromJson_WithoutDelegationOrMatters_TakesTheDefaults()
    {
        var charter = Charter.FromJson(JsonNode.Parse(Valid)!.AsObject());
        Assert.Equal(Delegation.Default, charter.Delegation);
        Assert.Equal(Matters.None, charter.Matters);
    }

    [Fact]
    public void Json_WithDelegationAndMatters_RoundTrips()
    {
        var charter = Charter.For(BodyKind.Federation) with
        {
            Delegation = new Delegation(3, 3600, 1, 4, 2),
            Matters = new Matters([new("transport", DecisionMode.Delegates), new("statutes", DecisionMode.Ratification)], Fraction.Of(2, 3), Fraction.Half),
        };
        var read = Charter.FromJson(JsonNode.Parse(charter.ToJson().ToJsonString())!.AsObject());
        Assert.Equal(charter, read);
        Assert.NotEqual(charter, read with { Matters = Matters.None });
    }

    [Theory]
    [InlineData("""{"seats":0,"termSeconds":1,"consecutiveTerms":1,"postCap":1,"recallSupport":1}""", "charter.delegation.seats")]
    [InlineData("""{"seats":1,"termSeconds":1,"consecutiveTerms":0,"postCap":1,"recallSupport":1}""", "charter.delegation.consecutiveTerms")]
    [InlineData("""{"seats":1,"termSeconds":1,"consecutiveTerms":1,"postCap":1}""", "charter.delegation.recallSupport")]
    public void FromJson_BadDelegation_IsRefusedNamingTheField(string delegation, string field)
    {
        var json = JsonNode.Parse(Valid)!.AsObject();
        json["delegation"] = JsonNode.Parse(delegation);
        var e = Assert.Throws<Councils.Domain.RuleViolation>(() => Charter.FromJson(json));
        Assert.Equal(field, e.Field);
    }

    [Theory]
    [InlineData("""{"cells":{"num":1,"den":2},"members":{"num":1,"den":2},"modes":{"Transport":"delegates"}}""")]
    [InlineData("""{"cells":{"num":1,"den":2},"members":{"num":1,"den":2},"modes":{"transport":"by-vote"}}""")]
    [InlineData("""{"cells":{"num":3,"den":2},"members":{"num":1,"den":2},"modes":{}}""")]
    public void FromJson_BadMatters_IsRefused(string matters)
    {
        var json = JsonNode.Parse(Valid)!.AsObject();
        json["matters"] = JsonNode.Parse(matters);
        Assert.Equal(Councils.Domain.Rules.PayloadInvalid, Assert.Throws<Councils.Domain.RuleViolation>(() => Charter.FromJson(json)).Rule);
    }

    [Fact]
    public void Json_RoundTrips()
    {
        var charter = new Charter(Admission.Open, new Consent(), Fraction.Of(1, 3), new QualifiedMajority(Fraction.Of(3, 4), VoteBase.Members), 3600);
        Assert.Equal(charter, Charter.FromJson(JsonNode.Parse(charter.ToJson().ToJsonString())!.AsObject()));
    }

    [Theory]
    [InlineData("postCap", "3", "charter.postCap")]                      // a rule Councils does not yet enforce
    [InlineData("delegateSeats", "2", "charter.delegateSeats")]
    [InlineData("admission", "\"by-invitation\"", "charter.admission")]
    [InlineData("admission", "null", "charter.admission")]
    [InlineData("method", "{\"type\":\"dictator\"}", "charter.method.type")]
    [InlineData("quorum", "{\"num\":2,\"den\":4}", "charter.quorum")]
    [InlineData("quorum", "{\"num\":5,\"den\":4}", "charter.quorum.num")]
    [InlineData("amendmentMethod", "\"majority\"", "charter.amendmentMethod")]
    [InlineData("openForSeconds", "0", "charter.openForSeconds")]
    [InlineData("openForSeconds", "-60", "charter.openForSeconds")]
    [InlineData("openForSeconds", "31622401", "charter.openForSeconds")]
    [InlineData("openForSeconds", "3600.5", "charter.openForSeconds")]
    public void FromJson_AnyUnknownKeyOrBadRule_IsRefusedNamingIt(string key, string value, string field)
    {
        var json = JsonNode.Parse(Valid)!.AsObject();
        json[key] = JsonNode.Parse(value);
        Expect.Rule(Rules.PayloadInvalid, field, () => Charter.FromJson(json));
    }

    [Theory]
    [InlineData("admission")]
    [InlineData("method")]
    [InlineData("quorum")]
    [InlineData("amendmentMethod")]
    [InlineData("openForSeconds")]
    public void FromJson_MissingRule_IsRefused(string key)
    {
        var json = JsonNode.Parse(Valid)!.AsObject();
        json.Remove(key);
        Expect.Rule(Rules.PayloadInvalid, $"charter.{key}", () => Charter.FromJson(json));
    }

    [Fact]
    public void FromJson_UnknownKey_NamesItInTheMessage()
    {
        var json = JsonNode.Parse(Valid)!.AsObject();
        json["postCap"] = 3;
        Assert.Contains("'postCap'", Expect.Rule(Rules.PayloadInvalid, () => Charter.FromJson(json))!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(Charter.MaxOpenForSeconds, null)]
    [InlineData(0, Rules.PayloadInvalid)]
    [InlineData(Charter.MaxOpenForSeconds + 1, Rules.PayloadInvalid)]
    public void With_OpenForSeconds_IsCheckedToo(long seconds, string? rule) =>
        Expect.Rule(rule, () => Charter.For(BodyKind.LandCommune) with { OpenForSeconds = seconds });
}
