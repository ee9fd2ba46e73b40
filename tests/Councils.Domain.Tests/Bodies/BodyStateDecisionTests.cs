using Councils.Domain.Bodies;
using Councils.Domain.Events;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Bodies;

public sealed class BodyStateDecisionTests
{
    private static readonly MotionId First = new(1);

    /// <summary>Ana opens motion 1; Boris and Clara vote yes; Ana admits Ivan.</summary>
    private static BodyState Voted() =>
        Log.Founded().Opens("Ana").Votes("Boris", 1, "yes").Votes("Clara", 1, "yes").Then("Ana", new MemberAdmitted(People.Ivan, "Ivan"));

    [Theory]
    // who appends motion.decided, when → rule; with Ana's yes beside Boris's and Clara's, Dmitri's ballot cannot change it
    [InlineData("Node", "at the deadline", null)]
    [InlineData("Node", "after the deadline", null)]
    [InlineData("Node", "before the deadline", null)]           // settled
    [InlineData("Boris", "at the deadline", null)]               // any member, once it has closed
    [InlineData("Ivan", "after the deadline", null)]             // a member admitted since, too
    [InlineData("Boris", "before the deadline", null)]
    [InlineData("Ana", "before the deadline", null)]
    [InlineData("Ana", "after the deadline", null)]
    [InlineData("Stranger", "after the deadline", Rules.Author)]
    [InlineData("Stranger", "before the deadline", Rules.Author)]
    public void Apply_MotionDecided_ByTheNodeOrAMember_EarlyOnceSettled(string decider, string when, string? rule)
    {
        var state = Voted().Votes("Ana", 1, "yes");
        var closesAt = state.Motions[First].ClosesAt;
        var at = when switch
        {
            "before the deadline" => closesAt - 1,
            "at the deadline" => closesAt,
            _ => closesAt + Log.Week,
        };
        var by = People.Named(decider);
        // Decide refuses what the fold would refuse; the fold refuses it even when the event is built by hand.
        Expect.Rule(rule, () => state.Decide(First, at, by));
        Expect.Rule(rule, () => state.ThenAt(at, decider, new MotionDecided(First, state.Motions[First].Recount(), 1)));
        if (rule is null)
        {
            var decision = state.ThenAt(at, decider, state.Decide(First, at, by)).Motions[First].Decision!;
            Assert.Equal((Outcome.Carried, 1, at, by, 6L), (decision.Outcome, decision.CharterVersion, decision.At, decision.DecidedBy, decision.Seq));
        }
    }

    [Theory]
    // Only Boris has voted: the quorum is not yet met and the others could still carry or reject it.
    [InlineData("Node")]
    [InlineData("Ana")]
    [InlineData("Boris")]
    public void Apply_MotionDecided_BeforeTheDeadlineWhileUnsettled_IsRefused(string decider)
    {
        var state = Log.Founded().Opens("Ana").Votes("Boris", 1, "yes");
        var at = state.Motions[First].ClosesAt - 1;
        Assert.False(state.Motions[First].IsSettled());
        Expect.Rule(Rules.NotSettled, () => state.Decide(First, at, People.Named(decider)));
        Expect.Rule(Rules.NotSettled, () => state.ThenAt(at, decider, new MotionDecided(First, state.Motions[First].Recount(), 1)));
        Expect.Rule(null, () => state.Decide(First, state.Motions[First].ClosesAt, People.Named(decider)));
    }

    [Fact]
    public void Apply_SecondDecision_IsRefused()
    {
        var decided = Voted().Closes(1);
        Expect.Rule(Rules.AlreadyDecided, () => decided.Decide(First, decided.LastAt, People.Node));
        Expect.Rule(Rules.AlreadyDecided, () => decided.Then("Node", new MotionDecided(First, decided.Motions[First].Decision!.Count, 1)));
    }

    [Fact]
    public void Decide_UnknownMotion_IsRefused() =>
        Expect.Rule(Rules.UnknownMotion, () => Voted().Decide(new MotionId(99), Log.Start + Log.Week * 2, People.Node));

    [Fact]
    public void Decide_BeforeTheLastEvent_IsRefused() =>
        Expect.Rule(Rules.Time, () => Voted().Decide(First, Log.Start, People.Ana));

    [Theory]
    // what differs from the recount → rule, field
    [InlineData("nothing", null, null)]
    [InlineData("one more yes", Rules.CountMismatch, "payload.count")]
    [InlineData("the outcome", Rules.CountMismatch, "payload.count")]
    [InlineData("the eligible members", Rules.CountMismatch, "payload.count")]
    [InlineData("the quorum", Rules.CountMismatch, "payload.count")]
    [InlineData("a missing tally", Rules.CountMismatch, "payload.count")]
    [InlineData("the charter version", Rules.CountMismatch, "payload.charter")]
    public void Apply_MotionDecided_MustEqualTheRecount(string tampered, string? rule, string? field)
    {
        var state = Voted();
        var at = state.Motions[First].ClosesAt;
        var honest = state.Decide(First, at, People.Node);
        var count = honest.Count;
        MotionDecided decided = tampered switch
        {
            "one more yes" => new(First, new Count(count.Tallies.SetItem("yes", 3), 4, 2, [], Outcome.Carried), 1),
            "the outcome" => new(First, new Count(count.Tallies, 4, 2, [], Outcome.Rejected), 1),
            "the eligible members" => new(First, new Count(count.Tallies, 5, 2, [], Outcome.Carried), 1),
            "the quorum" => new(First, new Count(count.Tallies, 4, 1, [], Outcome.Carried), 1),
            "a missing tally" => new(First, new Count(count.Tallies.Remove("abstain"), 4, 2, [], Outcome.Carried), 1),
            "the charter version" => new(First, count, 2),
            _ => honest,
        };
        var violation = Expect.Rule(rule, () => state.ThenAt(at, "Node", decided));
        Assert.Equal(field, violation?.Field);
        if (rule is not null)
            Assert.Contains("motion 1", violation!.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Decide_CountsEveryBallotCast()
    {
        var state = Voted().Votes("Dmitri", 1, "no");
        var decided = state.Decide(First, state.Motions[First].ClosesAt, People.Node);
        Assert.Equal((2L, 1L, 0L, 3L, 4L, 2L), (decided.Count["yes"], decided.Count["no"], decided.Count["abstain"],
            decided.Count.Turnout, decided.Count.Eligible, decided.Count.QuorumNeeded));
        Assert.Equal(Outcome.Carried, decided.Outcome);
        Assert.Equal(1, decided.Charter);
    }
}
