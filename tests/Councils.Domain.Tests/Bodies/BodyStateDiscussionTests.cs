using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Events;
using Councils.Domain.Motions;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Bodies;

public sealed class BodyStateDiscussionTests
{
    /// <summary>
    /// Acme Workshop with Ivan admitted after motion 1 opened, motion 5 open beside it, and Boris's
    /// contribution at seq 3 on motion 1, Clara's at seq 6 on motion 5 and Ana's ballot at seq 4 on motion 1.
    /// </summary>
    private static BodyState Scene(string when)
    {
        var state = Log.Founded().Opens("Ana")                                                 // 1
            .Then("Ana", new MemberAdmitted(People.Ivan, "Ivan"))                              // 2
            .Then("Boris", new DiscussionPosted(new MotionId(1), "Who mends the roof meanwhile?")) // 3
            .Votes("Ana", 1, "yes")                                                            // 4
            .Opens("Clara")                                                                    // 5
            .Then("Clara", new DiscussionPosted(new MotionId(5), "A second lathe needs a second turner.")); // 6
        return when switch
        {
            "closed" => state.ThenAt(state.Motions[new MotionId(1)].ClosesAt, "Ana", new MemberAdmitted(People.Key(42), "Olga")),
            "decided" => state.Closes(1),
            _ => state,
        };
    }

    [Theory]
    // author, when, motion, answers → rule
    [InlineData("Dmitri", "open", 1, null, null)]
    [InlineData("Boris", "open", 1, 3L, null)]                         // one may answer oneself
    [InlineData("Ivan", "open", 1, 3L, null)]                          // a member admitted since may speak, though not vote
    [InlineData("Stranger", "open", 1, null, Rules.NotAMember)]
    [InlineData("Node", "open", 1, null, Rules.NotAMember)]
    [InlineData("Dmitri", "closed", 1, null, Rules.MotionClosed)]      // at the deadline the discussion closes with the motion
    [InlineData("Dmitri", "decided", 1, null, Rules.MotionClosed)]     // after the decision, a minority report instead
    [InlineData("Dmitri", "open", 99, null, Rules.UnknownMotion)]
    [InlineData("Dmitri", "open", 1, 6L, Rules.UnknownContribution)]   // a contribution, but on motion 5
    [InlineData("Dmitri", "open", 1, 4L, Rules.UnknownContribution)]   // an event on motion 1, but a ballot
    [InlineData("Dmitri", "open", 1, 99L, Rules.UnknownContribution)]
    [InlineData("Stranger", "decided", 1, 6L, Rules.NotAMember)]       // who speaks is checked first
    public void Apply_Contribution_ByAMemberWhileTheMotionIsOpen(string author, string when, long motion, long? answers, string? rule)
    {
        var state = Scene(when);
        var post = () => state.Then(author, new DiscussionPosted(new MotionId(motion), "The roof first, then the lathe.", answers));

        var refusal = Expect.Rule(rule, post);

        var before = state.Motions[new MotionId(1)].Discussion;
        if (rule is null)
        {
            var after = post();
            Assert.Equal(
                [.. before, new Contribution(People.Named(author), "The roof first, then the lathe.", answers, after.Seq, after.LastAt)],
                after.Motions[new MotionId(1)].Discussion);
            Assert.Equal(state.Motions[new MotionId(1)].Ballots, after.Motions[new MotionId(1)].Ballots);
        }
        else if (rule == Rules.UnknownContribution)
        {
            Assert.Equal("payload.answers", refusal!.Field);
            Assert.Contains($"contribution {answers}", refusal.Message, StringComparison.Ordinal);
        }
        Assert.Single(before);
    }

    [Fact]
    public void Apply_ContributionAfterTheDecision_SaysWhereDisagreementGoes()
    {
        var refusal = Expect.Rule(Rules.MotionClosed, () => Scene("decided").Then("Dmitri", new DiscussionPosted(new MotionId(1), "Too late?")))!;
        Assert.Contains("minority report", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", null, Rules.PayloadInvalid, "payload.text")]
    [InlineData(" \n ", null, Rules.PayloadInvalid, "payload.text")]
    [InlineData("x", 0L, Rules.PayloadInvalid, "payload.answers")]
    [InlineData("x", -3L, Rules.PayloadInvalid, "payload.answers")]
    public void Contribution_BlankOrAnsweringNoSeq_IsRefused(string text, long? answers, string rule, string field) =>
        Expect.Rule(rule, field, () => new DiscussionPosted(new MotionId(1), text, answers));

    [Fact]
    public void Contribution_TextWithLineBreaks_IsKeptAsWritten()
    {
        var text = "First, the roof.\nThen the lathe.\r\n\r\n— Boris";
        var after = Scene("open").Then("Boris", new DiscussionPosted(new MotionId(1), text));
        Assert.Equal(text, after.Motions[new MotionId(1)].Discussion[^1].Text);
    }

    [Fact]
    public void Fold_ADiscussionReadBackFromTheRecord_GivesTheSameDiscussion()
    {
        var events = new List<(string Author, BodyEvent Event)>
        {
            ("Ana", new MotionOpened("Buy a lathe", "", null, null)),
            ("Boris", new DiscussionPosted(new MotionId(1), "Who mends the roof meanwhile?")),
            ("Ana", new DiscussionPosted(new MotionId(1), "The night crew offered.\nThey start Monday.", 2)),
            ("Clara", new DiscussionPosted(new MotionId(1), "Then I am for it.", 3)),
            ("Boris", new BallotCast(new MotionId(1), new JsonObject { ["choice"] = "yes" })),
        };
        var written = Fold(events.Select((e, i) => new RecordedEvent(i + 1, Log.Start + ((i + 1) * Log.Second), People.Named(e.Author), e.Event)));
        // Through the text of the record, as a verifier reads it.
        var read = Fold(events.Select((e, i) =>
        {
            var (kind, payload) = EventCodec.Encode(e.Event);
            var decoded = EventCodec.Decode(kind, JsonNode.Parse(payload.ToJsonString())!.AsObject());
            return new RecordedEvent(i + 1, Log.Start + ((i + 1) * Log.Second), People.Named(e.Author), decoded);
        }));

        var discussion = read.Motions[new MotionId(1)].Discussion;
        Assert.Equal(written.Motions[new MotionId(1)].Discussion, discussion);
        Assert.Equal([null, 2L, 3L], discussion.Select(c => c.Answers));
        Assert.Equal([2L, 3L, 4L], discussion.Select(c => c.Seq));
        Assert.Equal([People.Boris, People.Ana, People.Clara], discussion.Select(c => c.Author));
    }

    private static BodyState Fold(IEnumerable<RecordedEvent> events) =>
        events.Aggregate(Log.Founded(), (state, recorded) => state.Apply(recorded));
}
