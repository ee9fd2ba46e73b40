using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Events;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Record;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Methods;

/// <summary>The fold recounts a motion with options and refuses any decision that differs from the recount.</summary>
public sealed class OptionsDecisionTests
{
    private static readonly string[] Abcd = ["a", "b", "c", "d"];

    /// <summary>Eight members elect two of four by Scottish STV; a and c win.</summary>
    private static BodyState Voted() =>
        OptionsMotion.Open(new SingleTransferableVote(StvRules.Scottish, Abcd, 2, 11), 8)
            .CastAll(["a>b", "a>b", "a>b", "a>b", "c", "c", "d>c", "b"]);

    [Theory]
    // what is changed in the recorded count → rule
    [InlineData("nothing", null)]
    [InlineData("the winners", Rules.CountMismatch)]
    [InlineData("the order of the winners", Rules.CountMismatch)]
    [InlineData("a figure of a stage", Rules.CountMismatch)]
    [InlineData("a note", Rules.CountMismatch)]
    [InlineData("the seed of the lot", Rules.CountMismatch)]
    [InlineData("a tie added", Rules.CountMismatch)]
    [InlineData("the report removed", Rules.CountMismatch)]
    [InlineData("the turnout", Rules.CountMismatch)]
    [InlineData("the outcome", Rules.CountMismatch)]
    public void Apply_TamperedCount_IsRefused(string tampered, string? rule)
    {
        var state = Voted();
        var honest = state.Decision();
        var count = honest.Count;
        var report = count.Report!;
        switch (tampered)
        {
            case "the winners":
                report["winners"] = new JsonArray("a", "b");
                break;
            case "the order of the winners":
                report["winners"] = new JsonArray("c", "a");
                break;
            case "a figure of a stage":
                report["stages"]![1]!["votes"]![1] = "2.00001";
                break;
            case "a note":
                report["notes"]!.AsArray().Add("Recounted by hand.");
                break;
            case "the seed of the lot":
                report["tieBreak"]!["seed"] = 12L;
                break;
            case "a tie added":
                report["ties"] = new JsonArray(new JsonArray("b", "c"));
                break;
        }
        var forged = tampered switch
        {
            "nothing" => count,
            "the report removed" => new Count([KeyValuePair.Create("a", 8L)], 8, 4, [], Outcome.Carried),
            "the turnout" => new Count(7, 8, 4, report, Outcome.Carried),
            "the outcome" => new Count(8, 8, 4, report, Outcome.Rejected),
            _ => new Count(8, 8, 4, report, Outcome.Carried),
        };

        var violation = Expect.Rule(rule, () => state.Applies(new MotionDecided(OptionsMotion.Id, forged, 1)));

        if (violation is not null)
            Assert.Equal("payload.count", violation.Field);
    }

    [Fact]
    public void Apply_TamperedCountInTheRecord_IsRefused()
    {
        // The same forgery as it would arrive in a log: the payload's text, decoded, then folded.
        var state = Voted();
        var (kind, payload) = EventCodec.Encode(state.Decision());
        payload["count"]!["report"]!["winners"] = new JsonArray("a", "d");
        var decoded = EventCodec.Decode(kind, CanonicalJson.Parse(CanonicalJson.Serialize(payload))!.AsObject());

        var violation = Expect.Rule(Rules.CountMismatch, "payload.count", () => state.Applies((MotionDecided)decoded));

        Assert.Contains("winners a, d", violation.Message, StringComparison.Ordinal);
        Assert.Contains("winners a, c", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_HonestDecision_KeepsTheCountAndTheWinners()
    {
        var state = Voted();
        var decided = state.Applies(state.Decision());
        var decision = decided.Motions[OptionsMotion.Id].Decision!;
        Assert.Equal((Outcome.Carried, 1), (decision.Outcome, decision.CharterVersion));
        Assert.Equal<string>(["a", "c"], decision.Count.Winners);
        Assert.Equal(MotionStatus.Decided, decided.Motions[OptionsMotion.Id].StatusAt(decided.LastAt));
    }

    [Theory]
    [InlineData("""{"eligible":8,"objections":[],"quorum":4,"report":{"ties":[],"winners":["a"]},"tallies":{"a":1},"turnout":1}""", "count.tallies")]
    [InlineData("""{"eligible":8,"objections":[],"quorum":4,"report":{"ties":[]},"tallies":{},"turnout":4}""", "count.report.winners")]
    [InlineData("""{"eligible":8,"objections":[],"quorum":4,"report":{"ties":[],"winners":["a",1]},"tallies":{},"turnout":4}""", "count.report.winners[1]")]
    [InlineData("""{"eligible":8,"objections":[],"quorum":4,"report":{"ties":[],"winners":["a","a"]},"tallies":{},"turnout":4}""", "count.report.winners")]
    [InlineData("""{"eligible":8,"objections":[],"quorum":4,"report":{"ties":["a"],"winners":["a"]},"tallies":{},"turnout":4}""", "count.report.ties[0]")]
    [InlineData("""{"eligible":8,"objections":[],"quorum":4,"report":{"ties":[],"winners":["a"]},"tallies":{},"turnout":9}""", "count.eligible")]
    [InlineData("""{"eligible":8,"objections":[],"quorum":4,"report":{"ties":[],"winners":["a"]},"tallies":{},"turnout":3}""", "count.outcome")]
    [InlineData("""{"eligible":8,"objections":[],"quorum":4,"report":[],"tallies":{},"turnout":4}""", "count.report")]
    public void FromJson_BadCountWithAReport_IsRefusedNamingTheField(string json, string field) =>
        Expect.Rule(Rules.PayloadInvalid, field, () => Count.FromJson(JsonNode.Parse(json)!.AsObject(), Outcome.Carried));

    [Fact]
    public void New_ReportThatIsNotCanonical_IsRefused() =>
        Expect.Rule(Rules.PayloadInvalid, "report", () =>
            new Count(4, 8, 4, new JsonObject { ["ties"] = new JsonArray(), ["winners"] = new JsonArray("a"), ["quota"] = 2.5 }, Outcome.Carried));
}
