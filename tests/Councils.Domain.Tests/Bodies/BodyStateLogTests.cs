using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Bodies;

public sealed class BodyStateLogTests
{
    private static BodyCreated Created() =>
        new("Acme Workshop", BodyKind.WorkplaceCommittee, Charter.For(BodyKind.WorkplaceCommittee), [new Founder(People.Ana, "Ana")]);

    [Fact]
    public void Apply_BodyCreated_FoundsTheBody()
    {
        var state = Log.Founded();
        Assert.Equal("Acme Workshop", state.Name);
        Assert.Same(BodyKind.WorkplaceCommittee, state.Kind);
        Assert.Equal(People.Node, state.NodeKey);
        Assert.Equal((0L, Log.Start), (state.Seq, state.LastAt));
        Assert.Equal(1, state.CharterVersion.Version);
        Assert.Null(state.CharterVersion.Motion);
        Assert.Equal(Charter.For(BodyKind.WorkplaceCommittee), state.Charter);
        Assert.Equal(["Ana", "Boris", "Clara", "Dmitri"], state.Members.Values.Select(m => m.Name).Order());
        Assert.All(state.Members.Values, m => Assert.Equal(0, m.AdmittedAtSeq));
    }

    [Fact]
    public void Empty_BeforeBodyCreated_HasNoName()
    {
        var state = BodyState.Empty(Log.Id);
        Assert.False(state.IsCreated);
        Assert.Equal(-1, state.Seq);
        Assert.Throws<InvalidOperationException>(() => state.Name);
    }

    [Theory]
    [InlineData("body.created", 0, null)]
    [InlineData("body.created", 1, Rules.FirstEvent)]
    [InlineData("member.admitted", 0, Rules.FirstEvent)]
    [InlineData("motion.opened", 0, Rules.FirstEvent)]
    public void Apply_FirstEvent_IsBodyCreatedAtSeqZero(string kind, long seq, string? rule)
    {
        BodyEvent first = kind switch
        {
            "body.created" => Created(),
            "member.admitted" => new MemberAdmitted(People.Ana, "Ana"),
            _ => new MotionOpened("Buy a lathe", ""),
        };
        Expect.Rule(rule, () => BodyState.Empty(Log.Id).Apply(new RecordedEvent(seq, Log.Start, People.Node, first)));
    }

    [Theory]
    // seq after the last, milliseconds after the last → rule
    [InlineData(1, 1000, null)]
    [InlineData(1, 0, null)]              // two acts in the same millisecond
    [InlineData(2, 1000, Rules.Seq)]      // a gap
    [InlineData(0, 1000, Rules.Seq)]      // a repeat
    [InlineData(1, -1, Rules.Time)]       // time runs backwards
    public void Apply_NextEvent_IsConsecutiveAndNotEarlier(long seqStep, long msStep, string? rule)
    {
        var state = Log.Founded();
        Expect.Rule(rule, () => state.Apply(
            new RecordedEvent(state.Seq + seqStep, state.LastAt + msStep, People.Ana, new MotionOpened("Buy a lathe", ""))));
    }

    [Fact]
    public void Apply_SecondBodyCreated_IsRefused() =>
        Expect.Rule(Rules.BodyCreatedOnce, () => Log.Founded().Then("Node", Created()));

    [Theory]
    [InlineData(-1, 0, Rules.Seq)]
    [InlineData(0, -1, Rules.Time)]
    [InlineData(0, 9_007_199_254_740_992, Rules.Time)]
    public void RecordedEvent_OutsideTheRecordsIntegers_IsRefused(long seq, long at, string rule) =>
        Expect.Rule(rule, () => new RecordedEvent(seq, at, People.Node, Created()));

    [Fact]
    public void Fold_AWholeLog_IsTheSameAsApplyingEachEvent()
    {
        var events = new List<RecordedEvent>
        {
            new(0, Log.Start, People.Node, Created()),
            new(1, Log.Start + 5, People.Ana, new MemberAdmitted(People.Boris, "Boris")),
        };
        var folded = BodyState.Fold(Log.Id, events);
        Assert.Equal(1, folded.Seq);
        Assert.True(folded.IsMember(People.Boris));
    }
}
