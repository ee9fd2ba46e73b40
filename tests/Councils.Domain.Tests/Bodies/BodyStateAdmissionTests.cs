using Councils.Domain.Bodies;
using Councils.Domain.Events;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Bodies;

public sealed class BodyStateAdmissionTests
{
    [Theory]
    // admission rule, author of member.admitted, person admitted → rule
    [InlineData("open", "Ivan", "Ivan", null)]                   // a person joins by their own signed act
    [InlineData("open", "Ana", "Ivan", Rules.Admission)]         // not even a member can sign it for them
    [InlineData("by-member", "Ana", "Ivan", null)]               // any current member admits
    [InlineData("by-member", "Ivan", "Ivan", Rules.Admission)]   // no one admits themselves
    [InlineData("by-member", "Node", "Ivan", Rules.Admission)]   // the node is not a member
    [InlineData("by-decision", "Ana", "Ivan", Rules.Admission)]  // only a carried motion admits
    [InlineData("by-decision", "Ivan", "Ivan", Rules.Admission)]
    [InlineData("by-decision", "Node", "Ivan", Rules.Admission)]
    [InlineData("open", "Boris", "Boris", Rules.AlreadyAMember)] // a person is admitted once
    [InlineData("by-member", "Ana", "Boris", Rules.AlreadyAMember)]
    public void Apply_MemberAdmitted_FollowsTheAdmissionRule(string admission, string author, string admitted, string? rule)
    {
        var state = Log.Founded(Log.WithAdmission(admission));
        var admit = () => state.Then(author, new MemberAdmitted(People.Named(admitted), admitted));
        Expect.Rule(rule, admit);
        if (rule is null)
            Assert.Equal(new Member(admitted, 1), admit().Members[People.Named(admitted)]);
    }

    [Fact]
    public void Apply_SecondAdmission_SaysWhoAndWhy()
    {
        var violation = Expect.Rule(Rules.AlreadyAMember, "payload.member",
            () => Log.Founded().Then("Ana", new MemberAdmitted(People.Boris, "Boris")));
        Assert.Equal("Boris is already a member of acme-workshop; a person is admitted once.", violation.Message);
    }
}
