using Councils.Domain.Events;
using Councils.Domain.Motions;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Bodies;

public sealed class BodyStateMinorityReportTests
{
    [Theory]
    // author, when, motion → rule
    [InlineData("Boris", "open", 1, null)]
    [InlineData("Boris", "closed", 1, null)]
    [InlineData("Boris", "decided", 1, null)]          // the minority speaks after the decision too
    [InlineData("Ivan", "open", 1, null)]              // a member admitted since may still speak
    [InlineData("Stranger", "open", 1, Rules.NotAMember)]
    [InlineData("Node", "decided", 1, Rules.NotAMember)]
    [InlineData("Boris", "open", 99, Rules.UnknownMotion)]
    [InlineData("Boris", "open", 0, Rules.UnknownMotion)]
    public void Apply_MinorityReport_ByAMemberOnAMotionAnyTimeAfterItOpened(string author, string when, long motion, string? rule)
    {
        var state = Log.Founded().Opens("Ana").Then("Ana", new MemberAdmitted(People.Ivan, "Ivan"));
        state = when switch
        {
            "closed" => state.ThenAt(state.Motions[new MotionId(1)].ClosesAt + 1, "Ana", new MemberAdmitted(People.Key(42), "Olga")),
            "decided" => state.Closes(1),
            _ => state,
        };
        var attach = () => state.Then(author, new MinorityReportAttached(new MotionId(motion), "We hold that the roof comes first."));
        Expect.Rule(rule, attach);
        if (rule is null)
        {
            var after = attach();
            var report = Assert.Single(after.Motions[new MotionId(1)].MinorityReports);
            Assert.Equal(new MinorityReport(People.Named(author), "We hold that the roof comes first.", after.Seq, after.LastAt), report);
        }
    }

    [Theory]
    [InlineData("", Rules.PayloadInvalid)]
    [InlineData(" \n ", Rules.PayloadInvalid)]
    [InlineData("x", null)]
    public void MinorityReport_Text_IsNotBlank(string text, string? rule) =>
        Expect.Rule(rule, () => new MinorityReportAttached(new MotionId(1), text));
}
