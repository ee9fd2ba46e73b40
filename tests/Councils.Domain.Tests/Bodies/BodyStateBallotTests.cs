using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Events;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Bodies;

public sealed class BodyStateBallotTests
{
    /// <summary>Ana opens motion 1 at seq 1; Clara votes yes at seq 2; Ana admits Ivan at seq 3.</summary>
    private static BodyState Voting() =>
        Log.Founded().Opens("Ana").Votes("Clara", 1, "yes").Then("Ana", new MemberAdmitted(People.Ivan, "Ivan"));

    [Theory]
    // voter, when, ballot → rule, field
    [InlineData("Boris", "open", """{"choice":"yes"}""", null, null)]
    [InlineData("Boris", "just before the deadline", """{"choice":"no"}""", null, null)]
    [InlineData("Boris", "at the deadline", """{"choice":"yes"}""", Rules.MotionClosed, null)]        // ballots are cast strictly before it
    [InlineData("Boris", "after the decision", """{"choice":"yes"}""", Rules.MotionClosed, null)]
    [InlineData("Stranger", "open", """{"choice":"yes"}""", Rules.NotAMember, null)]
    [InlineData("Node", "open", """{"choice":"yes"}""", Rules.NotAMember, null)]
    [InlineData("Ivan", "open", """{"choice":"yes"}""", Rules.NotEligible, null)]                     // admitted after the motion opened
    [InlineData("Clara", "open", """{"choice":"no"}""", Rules.BallotDuplicate, null)]                 // one ballot per member per motion
    [InlineData("Boris", "open", """{"choice":"maybe"}""", Rules.BallotInvalid, "payload.ballot.choice")]
    [InlineData("Boris", "open", """{"choice":"consent"}""", Rules.BallotInvalid, "payload.ballot.choice")]
    [InlineData("Boris", "open", """{"choice":"yes","weight":2}""", Rules.BallotInvalid, "payload.ballot.weight")]
    [InlineData("Boris", "on motion 99", """{"choice":"yes"}""", Rules.UnknownMotion, "payload.motion")]
    [InlineData("Boris", "on seq 0", """{"choice":"yes"}""", Rules.UnknownMotion, "payload.motion")]   // body.created is no motion
    public void Apply_BallotCast_ByAnEligibleMemberOnceWhileOpen(string voter, string when, string ballot, string? rule, string? field)
    {
        var state = Voting();
        var closesAt = state.Motions[new MotionId(1)].ClosesAt;
        if (when == "after the decision")
            state = state.Closes(1);
        var motion = when switch { "on motion 99" => 99, "on seq 0" => 0, _ => 1 };
        var at = when switch
        {
            "just before the deadline" => closesAt - 1,
            "at the deadline" => closesAt,
            _ => state.LastAt + Log.Second,
        };
        var cast = () => state.ThenAt(at, voter, new BallotCast(new MotionId(motion), JsonNode.Parse(ballot)!.AsObject()));
        var violation = Expect.Rule(rule, cast);
        if (field is not null)
            Assert.Equal(field, violation!.Field);
        if (rule is null)
            Assert.Equal(People.Named(voter), cast().Motions[new MotionId(1)].Ballots[People.Named(voter)].Member);
    }

    [Fact]
    public void Apply_SecondBallot_SaysWhoAndWhy() =>
        Assert.Equal("Clara has already cast a ballot on motion 1; a member casts one ballot per motion.",
            Expect.Rule(Rules.BallotDuplicate, () => Voting().Votes("Clara", 1, "no"))!.Message);

    [Fact]
    public void Apply_BallotCast_IsReadByTheMotionsMethod()
    {
        var state = Log.Founded().Opens("Ana", new Consent()).Votes("Boris", 1, "object", "the roof leaks first");
        var cast = state.Motions[new MotionId(1)].Ballots[People.Boris];
        Assert.Equal(new ConsentBallot(ConsentChoice.Object, "the roof leaks first"), cast.Ballot);
        Assert.Equal((2L, state.LastAt), (cast.Seq, cast.At));
        Expect.Rule(Rules.BallotInvalid, "payload.ballot.reason", () => state.Votes("Clara", 1, "object"));
    }
}
