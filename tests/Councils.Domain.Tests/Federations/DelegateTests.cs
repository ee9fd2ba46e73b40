using System.Text.Json.Nodes;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Record;
using Councils.Domain.Tests.Support;
using static Councils.Domain.Tests.Federations.Petrograd;

namespace Councils.Domain.Tests.Federations;

/// <summary>Delegates: who takes the seats and the substitutes' places, recall, rotation, mandates that fall back.</summary>
public sealed class DelegateTests
{
    private static readonly PublicKey Ana = People.Ana, Boris = People.Boris, Clara = People.Clara;

    private static PublicKey K(int i) => People.Key((byte)i);

    /// <summary>
    /// Putilov's ten members elect one delegate among Ana, Boris, Clara and Dmitri (keys 1 to 4).
    /// First preferences: Ana 4, Dmitri 3, Clara 2, Boris 1. One seat: Ana. Two seats: Ana and
    /// Dmitri (Boris's ballot goes on to Dmitri). Three: Ana's surplus goes to Clara, who joins them.
    /// </summary>
    private static FederationWorld ElectedWithSubstitutes(int recallSupport = 1)
    {
        var world = new FederationWorld().Federation(Federation, FederationCharter(), Node)
            .Cell(Putilov, CellCharter(recallSupport: recallSupport), [.. Enumerable.Range(1, 10).Select(K)]);
        world.Carry(Putilov, new FederationJoin(FederationId, ["transport"]));
        PublicKey[] candidates = [Ana, Boris, Clara, Dmitri];
        var method = new SingleTransferableVote(StvRules.Scottish, candidates.Select(c => c.ToString()), 1, 11);
        var election = world.Open(Putilov, Ana, new DelegatesElect(FederationId), method);
        PublicKey[][] rankings =
        [
            [Ana, Clara, Dmitri, Boris], [Ana, Clara, Dmitri, Boris], [Ana, Clara, Dmitri, Boris], [Ana, Clara, Dmitri, Boris],
            [Dmitri, Ana, Clara, Boris], [Dmitri, Ana, Clara, Boris], [Dmitri, Ana, Clara, Boris],
            [Clara, Ana, Dmitri, Boris], [Clara, Ana, Dmitri, Boris],
            [Boris, Ana, Dmitri, Clara],
        ];
        for (var i = 0; i < rankings.Length; i++)
            world.Rank(Putilov, K(i + 1), election, rankings[i]);
        world.Decide(Putilov, election);
        return world;
    }

    [Fact]
    public void Election_SeatsTheWinner_AndOrdersSubstitutesAsCountsForMoreSeatsWouldElectThem()
    {
        var world = ElectedWithSubstitutes();
        var affiliation = world[Putilov].Affiliations[FederationId];
        Assert.Equal([Ana], affiliation.Seats.Select(s => s.Holder!.Value));
        Assert.Equal([Dmitri, Clara, Boris], affiliation.Substitutes.ToArray());
        Assert.Equal([Ana], world[Federation].MemberBodies[PutilovId].Seats.Select(p => p!.Member));
        Assert.Equal(new SeatRef(PutilovId, 0), world[Federation].Delegates[Ana].Seat);
    }

    [Fact]
    public void Election_OfSomeoneWhoSitsForAnotherBody_LeavesThatSeatWithTheCellAndSeatsTheRest()
    {
        // Ana is a member of both cells; Putilov seats her first, then Vyborg elects her too.
        var world = new FederationWorld().Federation(Federation, FederationCharter(), Node)
            .Cell(Putilov, CellCharter(), Ana, Boris).Cell(Vyborg, CellCharter(seats: 2), Ana, Clara, Dmitri);
        world.Carry(Putilov, new FederationJoin(FederationId, ["transport"]));
        world.Carry(Vyborg, new FederationJoin(FederationId, ["transport"]));
        world.Elect(Putilov, Federation, 1, Ana, Boris);
        world.Elect(Vyborg, Federation, 2, Ana, Clara, Dmitri);

        Assert.Empty(world.Refused);
        var federation = world[Federation];
        Assert.Equal(new SeatRef(PutilovId, 0), federation.Delegates[Ana].Seat);
        var vyborg = federation.MemberBodies[VyborgId].Seats;
        Assert.Equal(2, vyborg.Length);
        Assert.Single(vyborg, p => p is null);
        Assert.Single(vyborg, p => p?.Member == Clara);
    }

    [Fact]
    public void Recall_PassesTheSeatToTheNextSubstitute_InTheCellAndTheFederation()
    {
        var world = ElectedWithSubstitutes();
        world.Carry(Putilov, new DelegateRecall(FederationId, Ana));
        world.Carry(Putilov, new DelegateRecall(FederationId, Dmitri));
        Assert.Empty(world.Refused);
        var affiliation = world[Putilov].Affiliations[FederationId];
        Assert.Equal([Clara], affiliation.Seats.Select(s => s.Holder!.Value));
        Assert.Equal([Boris], affiliation.Substitutes.ToArray());
        Assert.Equal((Dmitri, Clara), (affiliation.Recalled[Ana]!.Value, affiliation.Recalled[Dmitri]!.Value));
        var federation = world[Federation];
        Assert.Equal([Clara], federation.Delegates.Keys);
        Assert.Equal(new SeatRef(PutilovId, 0), federation.Delegates[Clara].Seat);
        Assert.True(federation.RecalledDelegates.Keys.ToHashSet().SetEquals([Ana, Dmitri]));
        Assert.Equal([Clara], federation.MemberBodies[PutilovId].Seats.Select(p => p!.Member));
    }

    [Fact]
    public void Recall_ThatSeatsASubstituteRecalledInAnEarlierTerm_SeatsThemAgain()
    {
        var world = new FederationWorld().Federation(Federation, FederationCharter(), Node).Cell(Putilov, CellCharter(), Ana, Boris, Clara);
        world.Carry(Putilov, new FederationJoin(FederationId, ["transport"]));
        world.Elect(Putilov, Federation, 1, Ana, Boris, Clara);
        world.Carry(Putilov, new DelegateRecall(FederationId, Ana));      // Boris takes the seat
        world.Elect(Putilov, Federation, 1, Clara, Ana, Boris);            // a new term: Ana is a substitute again
        world.Carry(Putilov, new DelegateRecall(FederationId, Clara));    // and takes the seat
        Assert.Empty(world.Refused);
        var federation = world[Federation];
        Assert.Equal([Ana], federation.Delegates.Keys);
        Assert.True(federation.RecalledDelegates.Keys.ToHashSet().SetEquals([Clara]));
        world.OpenItem(Federation, Ana, "transport");
    }

    [Fact]
    public void Recall_WithNoSubstituteLeft_LeavesTheSeatWithTheCell()
    {
        var world = new FederationWorld().Federation(Federation, FederationCharter(), Node).Cell(Putilov, CellCharter(), Ana, Boris, Clara);
        world.Carry(Putilov, new FederationJoin(FederationId, ["transport"]));
        world.Elect(Putilov, Federation, 1, Ana, Boris);
        world.Carry(Putilov, new DelegateRecall(FederationId, Ana));
        world.Carry(Putilov, new DelegateRecall(FederationId, Boris));
        Assert.Empty(world.Refused);
        Assert.Null(world[Putilov].Affiliations[FederationId].Seats.Single().Holder);
        Assert.Null(world[Federation].MemberBodies[PutilovId].Seats.Single());
        Assert.Empty(world[Federation].Delegates);
    }

    [Fact]
    public void Recall_WhoseSubstituteSitsForAnotherCell_StillEndsTheDelegatesAuthority()
    {
        var world = new FederationWorld().Federation(Federation, FederationCharter(), Node)
            .Cell(Putilov, CellCharter(), Ana, Boris, Clara).Cell(Vyborg, CellCharter(), Clara, Dmitri);
        world.Carry(Putilov, new FederationJoin(FederationId, ["transport"]));
        world.Carry(Vyborg, new FederationJoin(FederationId, ["transport"]));
        world.Elect(Vyborg, Federation, 1, Clara, Dmitri);
        world.Elect(Putilov, Federation, 1, Ana, Clara);     // Clara is Putilov's substitute
        var item = world.OpenItem(Federation, Ana, "transport");
        world.Carry(Putilov, new DelegateRecall(FederationId, Ana));
        Assert.Empty(world.Refused);
        var federation = world[Federation];
        Assert.Equal(PutilovId, federation.RecalledDelegates[Ana]);
        Assert.Equal(new SeatRef(VyborgId, 0), federation.Delegates[Clara].Seat);
        Assert.Null(federation.MemberBodies[PutilovId].Seats.Single());
        Expect.Rule(Rules.Recalled, () => world.Append(Federation, Ana, new BallotCast(item, new JsonObject { ["choice"] = "yes" })));
    }

    [Fact]
    public void DelegateWhoVoted_AndWasSeatedAgainInAnotherSeat_CannotVoteTwice()
    {
        var world = new FederationWorld().Federation(Federation, FederationCharter(), Node)
            .Cell(Putilov, CellCharter(seats: 2), Ana, Boris, Clara).Cell(Vyborg, CellCharter(), Dmitri, Elena);
        world.Carry(Putilov, new FederationJoin(FederationId, ["transport"]));
        world.Carry(Vyborg, new FederationJoin(FederationId, ["transport"]));
        world.Elect(Putilov, Federation, 2, Ana, Boris, Clara);
        world.Elect(Vyborg, Federation, 1, Dmitri, Elena);
        var item = world.OpenItem(Federation, Dmitri, "transport");
        world.Vote(Federation, Ana, item, "yes");                // seat 1 of Putilov
        world.Elect(Putilov, Federation, 2, Boris, Ana, Clara);  // now Boris holds seat 1, Ana seat 2
        Assert.Equal(1, world[Federation].Delegates[Ana].Seat.Index);
        Expect.Rule(Rules.BallotDuplicate, () => world.Append(Federation, Ana, new BallotCast(item, new JsonObject { ["choice"] = "no" })));
        Expect.Rule(Rules.BallotDuplicate, () => world.Append(Federation, Boris, new BallotCast(item, new JsonObject { ["choice"] = "no" })));
        Expect.Rule(Rules.RefusalUnfounded, () => world.Append(Federation, Node,
            new BallotRefused(item, Ana, new JsonObject { ["choice"] = "no" }, Rules.Mandate, "Bound.")));
    }

    [Fact]
    public void Rotation_RefusesACandidateAfterTheCharterNumberOfTermsInARow_UntilTheySitOneOut()
    {
        var world = new FederationWorld().Federation(Federation, FederationCharter(), Node)
            .Cell(Putilov, CellCharter(consecutiveTerms: 2), Ana, Boris, Clara);
        world.Carry(Putilov, new FederationJoin(FederationId, ["transport"]));
        world.Elect(Putilov, Federation, 1, Ana, Boris);
        world.Elect(Putilov, Federation, 1, Ana, Boris);
        Assert.Equal(2, world[Putilov].Affiliations[FederationId].ConsecutiveTerms[Ana]);
        var third = new SingleTransferableVote(StvRules.Scottish, [Ana.ToString(), Clara.ToString()], 1, 3);
        var refusal = Expect.Rule(Rules.Rotation, "payload.method.options",
            () => world.Append(Putilov, Boris, new MotionOpened("Elect", "", third, new DelegatesElect(FederationId))));
        Assert.Contains("2 terms in a row", refusal.Message, StringComparison.Ordinal);
        world.Elect(Putilov, Federation, 1, Boris, Clara);
        Assert.Equal([Boris], world[Federation].Delegates.Keys);
        world.Elect(Putilov, Federation, 1, Ana, Clara);
        Assert.Equal(1, world[Putilov].Affiliations[FederationId].ConsecutiveTerms[Ana]);
    }

    [Theory]
    // bound to no at revision 0, with a fallback; the item amended `amendments` times
    [InlineData(0, "[\"abstain\"]", "no", null)]
    [InlineData(0, "[\"abstain\"]", "abstain", Rules.Mandate)]
    [InlineData(1, "[\"abstain\"]", "no", Rules.Mandate)]
    [InlineData(1, "[\"abstain\"]", "abstain", null)]
    [InlineData(2, "[\"abstain\",\"yes\"]", "yes", null)]
    [InlineData(1, "null", "yes", null)]
    public void Mandate_FallsBackOnceTheItemIsAmendedAfterIt(int amendments, string fallback, string choice, string? rule)
    {
        var world = new FederationWorld().Federation(Federation, FederationCharter(), Node).Cell(Putilov, CellCharter(), Ana, Boris);
        world.Carry(Putilov, new FederationJoin(FederationId, ["transport"]));
        world.Elect(Putilov, Federation, 1, Ana, Boris);
        var item = world.OpenItem(Federation, Ana, "transport");
        var fallbackChoices = JsonNode.Parse(fallback)?.AsArray().Select(n => (string)n!).ToList();
        world.Carry(Putilov, new MandateSet(FederationId, item, new Mandate(["no"], fallbackChoices, 0)));
        for (var i = 0; i < amendments; i++)
            world.Append(Federation, Ana, new MotionAmended(item, $"Revision {i + 1}"));
        Assert.Equal(amendments, world[Federation].Motions[item].Item!.Revision);
        var violation = Expect.Rule(rule, () => world.Append(Federation, Ana, new BallotCast(item, new JsonObject { ["choice"] = choice })));
        if (violation is not null)
        {
            Assert.Contains($"decided at seq {world[Federation].Motions[item].Item!.Mandates[PutilovId].Source.Seq}", violation.Message, StringComparison.Ordinal);
            Assert.Equal(amendments > 0, violation.Message.Contains("fallback", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Mandate_DecidedOnTheAmendedRevision_BindsAgain()
    {
        var world = new FederationWorld().Federation(Federation, FederationCharter(), Node).Cell(Putilov, CellCharter(), Ana, Boris);
        world.Carry(Putilov, new FederationJoin(FederationId, ["transport"]));
        world.Elect(Putilov, Federation, 1, Ana, Boris);
        var item = world.OpenItem(Federation, Ana, "transport");
        world.Append(Federation, Ana, new MotionAmended(item, "Trams and buses."));
        world.Carry(Putilov, new MandateSet(FederationId, item, new Mandate(["yes"], ["abstain"], 1)));
        Expect.Rule(Rules.Mandate, () => world.Append(Federation, Ana, new BallotCast(item, new JsonObject { ["choice"] = "abstain" })));
        world.Vote(Federation, Ana, item, "yes");
        Assert.Equal(Outcome.Carried, world.Decide(Federation, item).Outcome);
    }
}
