using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Events;

public sealed class EventCodecTests
{
    public static TheoryData<BodyEvent> Events()
    {
        var consent = new Consent();
        return
        [
            new BodyCreated("Acme Workshop", BodyKind.WorkplaceCommittee, Charter.For(BodyKind.WorkplaceCommittee),
                [new Founder(People.Ana, "Ana"), new Founder(People.Boris, "Boris")]),
            new MemberAdmitted(People.Ivan, "Ivan"),
            new MotionOpened("Buy a lathe", "", null, null),
            new MotionOpened("Buy a lathe", "The workshop buys a second lathe.", new Consent(), new AdmitMember(People.Ivan, "Ivan")),
            new MotionOpened("Open admission", "", QualifiedMajority.TwoThirdsOfVotesCast,
                new AmendCharter(Charter.For(BodyKind.WorkplaceCommittee) with { Admission = Admission.Open })),
            new BallotCast(new MotionId(4), new JsonObject { ["choice"] = "yes" }),
            new BallotCast(new MotionId(4), new JsonObject { ["choice"] = "object", ["reason"] = "the roof leaks first" }),
            new MinorityReportAttached(new MotionId(4), "We, the minority, hold that the roof comes first."),
            new DiscussionPosted(new MotionId(4), "Who mends the roof meanwhile?"),
            new DiscussionPosted(new MotionId(4), "The night crew offered.\nThey start on Monday.", 7),
            new MotionDecided(new MotionId(4),
                consent.Count(Ballots.Of(consent, ["consent", "object:the roof leaks first"]), 4, Fraction.Of(1, 2)), 2),
        ];
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Decode_OfEncode_IsTheSameEvent(BodyEvent bodyEvent)
    {
        var (kind, payload) = EventCodec.Encode(bodyEvent);
        Assert.Equal(bodyEvent.Kind, kind);
        Assert.Equal(bodyEvent, EventCodec.Decode(kind, payload));
        // And through the text of the record, where numbers are parsed back from digits.
        Assert.Equal(bodyEvent, EventCodec.Decode(kind, JsonNode.Parse(payload.ToJsonString())!.AsObject()));
    }

    [Fact]
    public void Encode_MotionDecided_WritesTheOutcomeBesideTheCount()
    {
        var consent = new Consent();
        var count = consent.Count(Ballots.Of(consent, ["consent", "object:the roof leaks first"]), 4, Fraction.Of(1, 2));
        var (_, payload) = EventCodec.Encode(new MotionDecided(new MotionId(4), count, 2));
        Assert.Equal("rejected", (string?)payload["outcome"]);
        Assert.Equal(2, (long?)payload["charter"]);
        Assert.Equal(4, (long?)payload["motion"]);
        Assert.Equal(1, (long?)payload["count"]!["tallies"]!["object"]);
    }

    [Fact]
    public void BallotCast_KeepsItsOwnCopyOfTheBallot()
    {
        var ballot = new JsonObject { ["choice"] = "yes" };
        var cast = new BallotCast(new MotionId(1), ballot);
        ballot["choice"] = "no";
        cast.Ballot["choice"] = "abstain";
        Assert.Equal("yes", (string?)cast.Ballot["choice"]);
    }

    [Theory]
    [InlineData("body.dissolved", "{}", Rules.UnknownKind, "kind")]
    [InlineData("charter.amended", "{}", Rules.CharterByDecisionOnly, "kind")]
    [InlineData("charter.changed", """{"charter":{}}""", Rules.CharterByDecisionOnly, "kind")]
    [InlineData("member.admitted", """{"member":"<Ivan>"}""", Rules.PayloadInvalid, "payload.name")]
    [InlineData("member.admitted", """{"member":"<Ivan>","name":"Ivan","role":"chair"}""", Rules.PayloadInvalid, "payload.role")]
    [InlineData("member.admitted", """{"member":"not a key","name":"Ivan"}""", Rules.PayloadInvalid, "payload.member")]
    [InlineData("member.admitted", """{"member":"<Ivan>","name":"  "}""", Rules.PayloadInvalid, "payload.name")]
    [InlineData("motion.opened", """{"title":"Buy a lathe","text":"","method":null}""", Rules.PayloadInvalid, "payload.effect")]
    [InlineData("motion.opened", """{"title":"","text":"","method":null,"effect":null}""", Rules.PayloadInvalid, "payload.title")]
    [InlineData("motion.opened", """{"title":"T","text":"","method":"majority","effect":null}""", Rules.PayloadInvalid, "payload.method")]
    [InlineData("motion.opened", """{"title":"T","text":"","method":null,"effect":{"type":"federation.leave"}}""", Rules.PayloadInvalid, "payload.effect.type")]
    [InlineData("motion.opened", """{"title":"T","text":"","method":null,"effect":{"type":"federation.join","federation":"f"}}""", Rules.PayloadInvalid, "payload.effect.competences")]
    [InlineData("motion.opened", """{"title":"T","text":"","method":null,"effect":null,"matter":"Bad Matter"}""", Rules.PayloadInvalid, "payload.matter")]
    [InlineData("motion.opened", """{"title":"T","text":"","method":null,"effect":{"type":"member.admit","member":"<Ivan>","name":""}}""", Rules.PayloadInvalid, "payload.effect.name")]
    [InlineData("motion.opened", """{"title":"T","text":"","method":null,"effect":{"type":"charter.amend","charter":{"admission":"open"}}}""", Rules.PayloadInvalid, "payload.effect.charter.method")]
    [InlineData("ballot.cast", """{"motion":0,"ballot":{"choice":"yes"}}""", Rules.PayloadInvalid, "payload.motion")]
    [InlineData("ballot.cast", """{"motion":4.0,"ballot":{"choice":"yes"}}""", Rules.PayloadInvalid, "payload.motion")]
    [InlineData("ballot.cast", """{"motion":"4","ballot":{"choice":"yes"}}""", Rules.PayloadInvalid, "payload.motion")]
    [InlineData("ballot.cast", """{"motion":4,"ballot":"yes"}""", Rules.PayloadInvalid, "payload.ballot")]
    [InlineData("minority-report.attached", """{"motion":4,"text":""}""", Rules.PayloadInvalid, "payload.text")]
    [InlineData("discussion.posted", """{"motion":4,"text":"Why?"}""", Rules.PayloadInvalid, "payload.answers")]
    [InlineData("discussion.posted", """{"answers":null,"motion":4,"text":" "}""", Rules.PayloadInvalid, "payload.text")]
    [InlineData("discussion.posted", """{"answers":"7","motion":4,"text":"Why?"}""", Rules.PayloadInvalid, "payload.answers")]
    [InlineData("discussion.posted", """{"answers":0,"motion":4,"text":"Why?"}""", Rules.PayloadInvalid, "payload.answers")]
    [InlineData("discussion.posted", """{"answers":null,"motion":4,"text":"Why?","reply":true}""", Rules.PayloadInvalid, "payload.reply")]
    [InlineData("motion.decided", """{"motion":4,"outcome":"passed","count":{},"charter":1}""", Rules.PayloadInvalid, "payload.outcome")]
    [InlineData("motion.decided", """{"motion":4,"outcome":"lapsed","count":{"eligible":4,"objections":[],"quorum":2,"tallies":{"yes":1},"turnout":1},"charter":0}""", Rules.PayloadInvalid, "payload.charter")]
    [InlineData("body.created", """{"name":"Acme","kind":"factory","charter":{},"founders":[]}""", Rules.BodyKind, "payload.kind")]
    [InlineData("body.created", """{"name":"Acme","kind":"workplace-committee","charter":<charter>,"founders":[]}""", Rules.PayloadInvalid, "payload.founders")]
    [InlineData("body.created", """{"name":"Acme","kind":"workplace-committee","charter":<charter>,"founders":[{"member":"<Ana>","name":"Ana"},{"member":"<Ana>","name":"Anna"}]}""", Rules.AlreadyAMember, "payload.founders[1].member")]
    [InlineData("body.created", """{"name":"Acme","kind":"workplace-committee","charter":<charter>,"founders":[{"member":"<Ana>"}]}""", Rules.PayloadInvalid, "payload.founders[0].name")]
    public void Decode_BadPayload_IsRefusedNamingTheField(string kind, string payload, string rule, string field)
    {
        var json = payload
            .Replace("<Ana>", People.Ana.ToString(), StringComparison.Ordinal)
            .Replace("<Ivan>", People.Ivan.ToString(), StringComparison.Ordinal)
            .Replace("<charter>", Charter.For(BodyKind.WorkplaceCommittee).ToJson().ToJsonString(), StringComparison.Ordinal);
        Expect.Rule(rule, field, () => EventCodec.Decode(kind, JsonNode.Parse(json)!.AsObject()));
    }

    [Theory]
    [InlineData(20_000, null)]
    [InlineData(20_001, Rules.PayloadInvalid)]
    public void MinorityReport_TextUpTo20000Characters_IsAccepted(int length, string? rule) =>
        Expect.Rule(rule, () => new MinorityReportAttached(new MotionId(1), new string('x', length)));

    [Fact]
    public void MinorityReport_Length_CountsCharactersNotUtf16Units() =>
        Assert.NotNull(new MinorityReportAttached(new MotionId(1), string.Concat(Enumerable.Repeat("𝔄", 20_000))));
}
