using Councils.Domain.Events;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Bodies;

public sealed class BodyStateMotionTests
{
    [Theory]
    // proposer, method named, effect → rule, method that decides
    [InlineData("Ana", "none", "none", null, "simple majority")]                        // the charter's default
    [InlineData("Ana", "consent", "none", null, "consent")]
    [InlineData("Stranger", "none", "none", Rules.NotAMember, null)]
    [InlineData("Node", "none", "none", Rules.NotAMember, null)]                       // the node hosts, it does not propose
    [InlineData("Ana", "none", "amend", null, "qualified majority of 2/3 of the votes cast")]
    [InlineData("Ana", "consent", "amend", null, "qualified majority of 2/3 of the votes cast")] // whatever the motion names
    [InlineData("Ana", "none", "admit Ivan", null, "simple majority")]
    [InlineData("Ana", "consent", "admit Ivan", null, "consent")]
    [InlineData("Ana", "none", "admit Boris", Rules.AlreadyAMember, null)]
    public void Apply_MotionOpened_ByAMemberWithAValidEffect(string proposer, string method, string effect, string? rule, string? decidedBy)
    {
        var state = Log.Founded();
        DecisionMethod? named = method == "consent" ? new Consent() : null;
        MotionEffect? motionEffect = effect switch
        {
            "amend" => new AmendCharter(state.Charter with { OpenForSeconds = 3600 }),
            "admit Ivan" => new AdmitMember(People.Ivan, "Ivan"),
            "admit Boris" => new AdmitMember(People.Boris, "Boris"),
            _ => null,
        };
        var open = () => state.Opens(proposer, named, motionEffect);
        Expect.Rule(rule, open);
        if (rule is null)
            Assert.Equal(decidedBy, open().Motions[new MotionId(1)].Method.ToString());
    }

    [Fact]
    public void Apply_MotionOpened_FixesTheMotionAtOpening()
    {
        var state = Log.Founded().Opens("Ana").Then("Ana", new MemberAdmitted(People.Ivan, "Ivan"));
        var motion = state.Motions[new MotionId(1)];
        Assert.Equal(People.Ana, motion.Proposer);
        Assert.Equal(Log.Start + Log.Second, motion.OpenedAt);
        Assert.Equal(motion.OpenedAt + Log.Week, motion.ClosesAt);
        Assert.Equal(1, motion.CharterVersion);
        Assert.Equal(Fraction.Of(1, 2), motion.Quorum);
        Assert.Equal(["Ana", "Boris", "Clara", "Dmitri"], motion.Eligible.Select(state.NameOf).Order());
        Assert.True(state.IsMember(People.Ivan));
    }

    [Theory]
    [InlineData(0, MotionStatus.Open)]
    [InlineData(Log.Week - 1, MotionStatus.Open)]
    [InlineData(Log.Week, MotionStatus.Closed)]
    [InlineData(Log.Week + 1, MotionStatus.Closed)]
    public void StatusAt_BeforeAndAfterTheDeadline(long sinceOpening, MotionStatus status)
    {
        var motion = Log.Founded().Opens("Ana").Motions[new MotionId(1)];
        Assert.Equal(status, motion.StatusAt(motion.OpenedAt + sinceOpening));
    }

    [Fact]
    public void StatusAt_OnceDecided_IsDecided()
    {
        var motion = Log.Founded().Opens("Ana").Closes(1).Motions[new MotionId(1)];
        Assert.Equal(MotionStatus.Decided, motion.StatusAt(motion.OpenedAt));
    }
}
