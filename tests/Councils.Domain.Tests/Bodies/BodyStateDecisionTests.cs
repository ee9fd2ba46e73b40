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
    // who appends motion.decided, when → rule (2 yes of 4 eligible: the 2 still to vote could tie it)
    [InlineData("Node", "at the deadline", null)]
    [InlineData("Node", "after the deadline", null)]
    [InlineData("Node", "before the deadline", Rules.NotSettled)]
    [InlineData("Node", "before the deadline, once settled", null)]   // 3 yes of 4: the last ballot cannot change it
    [InlineData("Boris", "at the deadline", null)]                    // any member, once it has closed
    [InlineData("Ivan", "after the deadline", null)]                  // a member admitted since, too
    [InlineData("Boris", "before the deadline", Rules.NotSettled)]
    [InlineData("Boris", "before the deadline, once settled", null)]
    [InlineData("Ana", "before the deadline", Rules.NotSettled)]      // its proposer too: early only once settled
    [InlineData("Ana", "after the deadline", null)]
    [InlineData("Stranger", "after the deadline", Rules.Author)]
    [InlineData("Stranger", "before the deadline", Rules.Author)]
    public void Apply_MotionDecided_ByTheNodeOrAMemberOnceClosedOrSettled(string decider, string when, string? rule)
    {
        var state = when == "before the deadline, once settled" ? Voted().Votes("Dmitri", 1, "yes") : Voted();
        var closesAt = state.Motions[First].ClosesAt;
        var at = when switch
        {
            "before the deadline" or "before the deadline, once settled" => closesAt - 1,
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
            Assert.Equal((Outcome.Carried, 1, at, by, state.Seq + 1), (decision.Outcome, decision.CharterVersion, decision.At, decision.DecidedBy, decision.Seq));
        }
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
