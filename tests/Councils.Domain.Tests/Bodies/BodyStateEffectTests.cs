using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Bodies;

public sealed class BodyStateEffectTests
{
    private static readonly string[] FiveFounders = ["Ana", "Boris", "Clara", "Dmitri", "Elena"];

    private static BodyState VoteOn(BodyState state, long motion, int yes, int no)
    {
        foreach (var (name, i) in FiveFounders.Select((name, i) => (name, i)).Take(yes + no))
            state = state.Votes(name, motion, i < yes ? "yes" : "no");
        return state;
    }

    [Theory]
    // an amendment named as decided by simple majority is decided by 2/3 of the votes cast all the same
    [InlineData(4, 1, 2)]
    [InlineData(2, 1, 2)]    // 6 ≥ 6, quorum 3 of 5 met
    [InlineData(3, 2, 1)]    // a simple majority, but 9 < 10
    [InlineData(2, 0, 1)]    // lapsed: 2 of 5 miss the quorum
    public void CarriedAmendment_IsTheNextCharterVersion(int yes, int no, int version)
    {
        var state = Log.Founded(null, FiveFounders);
        var amended = state.Charter with { Admission = Admission.Open };
        state = VoteOn(state.Opens("Ana", new SimpleMajority(), new AmendCharter(amended)), 1, yes, no).Closes(1);
        Assert.Equal(version, state.CharterVersion.Version);
        Assert.Equal(version == 2 ? amended : Charter.For(BodyKind.WorkplaceCommittee), state.Charter);
        if (version == 2)
            Assert.Equal(new CharterVersion(2, amended, new MotionId(1), state.Seq), state.CharterHistory[2]);
        Assert.Equal(1, state.Motions[new MotionId(1)].Decision!.CharterVersion);
    }

    [Fact]
    public void MotionOpenedBeforeAnAmendment_IsCountedUnderTheCharterItOpenedUnder()
    {
        var state = Log.Founded(null, FiveFounders);
        var stricter = state.Charter with { Quorum = Fraction.One, OpenForSeconds = 60 };
        state = state.Opens("Ana", null, new AmendCharter(stricter)).Opens("Boris");   // motions 1 and 2
        state = VoteOn(state, 1, 5, 0).Votes("Ana", 2, "yes").Votes("Boris", 2, "yes").Votes("Clara", 2, "no");
        state = state.Closes(1).Closes(2);
        var second = state.Motions[new MotionId(2)];
        Assert.Equal(2, state.CharterVersion.Version);
        Assert.Equal((1, Outcome.Carried, 3L), (second.Decision!.CharterVersion, second.Decision.Outcome, second.Decision.Count.QuorumNeeded));
        Assert.Equal(second.OpenedAt + Log.Week, second.ClosesAt);
        var third = state.Opens("Clara").Motions.Values.Last();
        Assert.Equal(60 * Log.Second, third.ClosesAt - third.OpenedAt);
    }

    [Theory]
    [InlineData(3, 1, true)]
    [InlineData(2, 2, false)]
    public void AdmissionByDecision_AdmitsWhenCarried(int yes, int no, bool admitted)
    {
        var state = Log.Founded(Log.WithAdmission("by-decision"), FiveFounders);
        state = VoteOn(state.Opens("Ana", null, new AdmitMember(People.Ivan, "Ivan")), 1, yes, no).Closes(1);
        Assert.Equal(admitted, state.IsMember(People.Ivan));
        if (admitted)
            Assert.Equal(new Member("Ivan", state.Seq), state.Members[People.Ivan]);
    }

    [Fact]
    public void TwoCarriedAdmissionsOfOnePerson_AdmitThemOnce()
    {
        var state = Log.Founded(Log.WithAdmission("by-decision"), FiveFounders);
        state = state.Opens("Ana", null, new AdmitMember(People.Ivan, "Ivan")).Opens("Boris", null, new AdmitMember(People.Ivan, "Vanya"));
        state = VoteOn(VoteOn(state, 1, 3, 0), 2, 3, 0).Closes(1);
        var admittedAt = state.Seq;
        state = state.Closes(2);
        Assert.Equal(Outcome.Carried, state.Motions[new MotionId(2)].Decision!.Outcome);
        Assert.Equal(new Member("Ivan", admittedAt), state.Members[People.Ivan]);
    }

    [Fact]
    public void AmendmentToAnInvalidCharter_CannotBeOpened()
    {
        var charter = Charter.For(BodyKind.WorkplaceCommittee).ToJson();
        charter["openForSeconds"] = 0;
        var payload = new JsonObject
        {
            ["effect"] = new JsonObject { ["charter"] = charter, ["type"] = "charter.amend" },
            ["method"] = null,
            ["text"] = "",
            ["title"] = "Decide at once",
        };
        Expect.Rule(Rules.PayloadInvalid, "payload.effect.charter.openForSeconds", () => EventCodec.Decode("motion.opened", payload));
    }
}
