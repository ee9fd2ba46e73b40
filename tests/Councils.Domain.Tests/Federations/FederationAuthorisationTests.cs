using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Record;
using Councils.Domain.Tests.Support;
using static Councils.Domain.Tests.Federations.Petrograd;

namespace Councils.Domain.Tests.Federations;

/// <summary>Who may do what between cells and a federation: every act by every kind of actor, in the scene of <see cref="Petrograd"/>.</summary>
public sealed class FederationAuthorisationTests
{
    private const string Ok = "accepted";
    private const string Nam = Rules.NotAMember;
    private const string Bkm = Rules.BodyKindMismatch;
    private const string Cit = Rules.Citation;
    private const string Aut = Rules.Author;

    /// <summary>The actors, each with their key and the choice they cast on a ballot.</summary>
    private static readonly (string Name, PublicKey Key, string Choice)[] Actors =
    [
        ("member", Dmitri, "yes"),                         // of Putilov, no seat
        ("non-member", People.Stranger, "yes"),
        ("delegate-within-mandate", People.Ana, "no"),     // Putilov's delegate, bound to "no" on T
        ("delegate-outside-mandate", People.Ana, "yes"),
        ("recalled-delegate", People.Boris, "no"),         // still a member of Putilov
        ("federation-node", Node, "no"),
        ("other-federation-node", OtherNode, "no"),
        ("cell-node", FederationWorld.CellNode, "no"),
    ];

    /// <summary>Each act, and what becomes of it for each actor above, in that order.</summary>
    private static readonly (string Act, string[] Expected)[] Table =
    [
        //                             member            non-member          within            outside           recalled          fed-node          other-fed         cell-node
        // a cell's own acts, in Putilov's log
        ("open-motion",               [Ok,               Nam,                Ok,               Ok,               Ok,               Nam,              Nam,              Nam]),
        ("cast-ballot",               [Ok,               Nam,                Ok,               Ok,               Ok,               Nam,              Nam,              Nam]),
        ("attach-minority-report",    [Ok,               Nam,                Ok,               Ok,               Ok,               Nam,              Nam,              Nam]),
        ("post-contribution",         [Ok,               Nam,                Ok,               Ok,               Ok,               Nam,              Nam,              Nam]),
        ("admit-member",              [Ok,               Rules.Admission,    Ok,               Ok,               Ok,               Rules.Admission,  Rules.Admission,  Rules.Admission]),
        ("decide-early",              [Rules.NotSettled, Aut,                Rules.NotSettled, Rules.NotSettled, Rules.NotSettled, Aut,              Aut,              Rules.NotSettled]),
        ("petition-recall",           [Ok,               Nam,                Ok,               Ok,               Ok,               Nam,              Nam,              Nam]),
        ("petition-recalled",         [Rules.NotADelegate, Nam,              Rules.NotADelegate, Rules.NotADelegate, Rules.NotADelegate, Nam,        Nam,              Nam]),
        ("open-recall",               [Ok,               Nam,                Ok,               Ok,               Ok,               Nam,              Nam,              Nam]),
        ("open-recall-unsupported",   [Rules.RecallSupport, Nam,             Rules.RecallSupport, Rules.RecallSupport, Rules.RecallSupport, Nam,     Nam,              Nam]),
        ("open-election",             [Ok,               Nam,                Ok,               Ok,               Ok,               Nam,              Nam,              Nam]),
        ("open-mandate",              [Ok,               Nam,                Ok,               Ok,               Ok,               Nam,              Nam,              Nam]),
        ("open-mandate-elsewhere",    [Rules.NotAffiliated, Nam,             Rules.NotAffiliated, Rules.NotAffiliated, Rules.NotAffiliated, Nam,     Nam,              Nam]),
        ("open-withdrawal",           [Ok,               Nam,                Ok,               Ok,               Ok,               Nam,              Nam,              Nam]),
        ("open-matter-in-cell",       [Bkm,              Nam,                Bkm,              Bkm,              Bkm,              Nam,              Nam,              Nam]),
        // what only a federation's log has, written into Putilov's log
        ("record-joined-in-cell",     [Bkm,              Bkm,                Bkm,              Bkm,              Bkm,              Bkm,              Bkm,              Bkm]),
        ("record-seated-in-cell",     [Bkm,              Bkm,                Bkm,              Bkm,              Bkm,              Bkm,              Bkm,              Bkm]),
        ("record-roll-in-cell",       [Bkm,              Bkm,                Bkm,              Bkm,              Bkm,              Bkm,              Bkm,              Bkm]),
        ("amend-in-cell",             [Rules.PayloadInvalid, Rules.PayloadInvalid, Rules.PayloadInvalid, Rules.PayloadInvalid, Rules.PayloadInvalid, Rules.PayloadInvalid, Rules.PayloadInvalid, Rules.PayloadInvalid]),
        ("refuse-ballot-in-cell",     [Aut,              Aut,                Aut,              Aut,              Aut,              Aut,              Aut,              Rules.PayloadInvalid]),
        // acts in Petrograd's log
        ("vote-on-item",              [Nam,              Nam,                Ok,               Rules.Mandate,    Rules.Recalled,   Nam,              Nam,              Nam]),
        ("vote-in-referendum",        [Ok,               Rules.NotEligible,  Ok,               Ok,               Ok,               Rules.NotEligible, Rules.NotEligible, Rules.NotEligible]),
        ("vote-before-rolls",         [Rules.NotEligible, Rules.NotEligible, Rules.NotEligible, Rules.NotEligible, Rules.NotEligible, Rules.NotEligible, Rules.NotEligible, Rules.NotEligible]),
        ("report-on-item",            [Nam,              Nam,                Ok,               Ok,               Rules.Recalled,   Nam,              Nam,              Nam]),
        ("discuss-item",              [Nam,              Nam,                Ok,               Ok,               Rules.Recalled,   Nam,              Nam,              Nam]),
        ("discuss-in-referendum",     [Ok,               Nam,                Ok,               Ok,               Ok,               Nam,              Nam,              Nam]),
        ("amend-item",                [Aut,              Aut,                Ok,               Ok,               Aut,              Aut,              Aut,              Aut]),
        ("amend-recalled-item",       [Aut,              Aut,                Aut,              Aut,              Rules.Recalled,   Aut,              Aut,              Aut]),
        ("decide-item-early",         [Aut,              Aut,                Rules.NotSettled, Rules.NotSettled, Rules.Recalled,              Rules.NotSettled, Aut,              Aut]),
        ("open-item",                 [Nam,              Nam,                Ok,               Ok,               Rules.Recalled,   Nam,              Nam,              Nam]),
        ("open-item-undelegated",     [Nam,              Nam,                Rules.Competence, Rules.Competence, Rules.Recalled,   Nam,              Nam,              Nam]),
        ("open-item-unnamed-matter",  [Nam,              Nam,                Rules.Competence, Rules.Competence, Rules.Recalled,   Nam,              Nam,              Nam]),
        ("open-item-no-matter",       [Nam,              Nam,                Rules.Competence, Rules.Competence, Rules.Recalled,   Nam,              Nam,              Nam]),
        ("record-joined",             [Cit,              Cit,                Cit,              Cit,              Cit,              Ok,               Cit,              Cit]),
        ("record-withdrawn",          [Cit,              Cit,                Cit,              Cit,              Cit,              Ok,               Cit,              Cit]),
        ("record-seated",             [Cit,              Cit,                Cit,              Cit,              Cit,              Ok,               Cit,              Cit]),
        ("record-mandate",            [Cit,              Cit,                Cit,              Cit,              Cit,              Ok,               Cit,              Cit]),
        ("record-recalled",           [Cit,              Cit,                Cit,              Cit,              Cit,              Ok,               Cit,              Cit]),
        ("record-roll",               [Cit,              Cit,                Cit,              Cit,              Cit,              Ok,               Cit,              Cit]),
        ("record-ratification",       [Cit,              Cit,                Cit,              Cit,              Cit,              Ok,               Cit,              Cit]),
        ("record-old-act",            [Cit,              Cit,                Cit,              Cit,              Cit,              Cit,              Cit,              Cit]),
        ("record-refusal",            [Aut,              Aut,                Aut,              Aut,              Aut,              Ok,               Aut,              Aut]),
        ("record-refusal-of-recalled", [Aut,             Aut,                Aut,              Aut,              Aut,              Ok,               Aut,              Aut]),
        ("record-refusal-unfounded",  [Aut,              Aut,                Aut,              Aut,              Aut,              Rules.RefusalUnfounded, Aut,        Aut]),
        ("record-refusal-wrong-rule", [Aut,              Aut,                Aut,              Aut,              Aut,              Rules.RefusalUnfounded, Aut,        Aut]),
    ];

    public static TheoryData<string, string, string> Matrix()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (act, expected) in Table)
        {
            Assert.Equal(Actors.Length, expected.Length);
            for (var i = 0; i < Actors.Length; i++)
                data.Add(act, Actors[i].Name, expected[i]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Act_ByActor_IsAcceptedOrRefusedByItsRule(string act, string actor, string expected)
    {
        var (_, key, choice) = Actors.Single(a => a.Name == actor);
        var (body, bodyEvent) = Act(act, key, choice);
        var before = World[body];
        var print = Fingerprint(before);
        var recorded = new RecordedEvent(before.Seq + 1, World.Now, key, bodyEvent);
        if (expected == Ok)
        {
            var after = before.Apply(recorded);
            Assert.Equal((before.Seq + 1, World.Now), (after.Seq, after.LastAt));
        }
        else
        {
            Expect.Rule(expected, () => before.Apply(recorded));
        }
        Assert.Equal(print, Fingerprint(before));
    }

    [Fact]
    public void Table_NoOneButMembersDelegatesAndTheFederationsNode_IsEverAccepted()
    {
        string[] Column(string actor) => [.. Table.Select(t => t.Expected[Array.FindIndex(Actors, a => a.Name == actor)])];
        Assert.All(["non-member", "other-federation-node", "cell-node"], actor => Assert.DoesNotContain(Ok, Column(actor)));
        var byNode = Table.Where(t => t.Expected[Array.FindIndex(Actors, a => a.Name == "federation-node")] == Ok).Select(t => t.Act).ToList();
        Assert.NotEmpty(byNode);
        Assert.All(byNode, act => Assert.True(act.StartsWith("record-", StringComparison.Ordinal) && !act.EndsWith("-in-cell", StringComparison.Ordinal), act));
    }

    private static (string Body, BodyEvent Event) Act(string act, PublicKey actor, string choice)
    {
        var ballot = new JsonObject { ["choice"] = choice };
        var putilov = World[Putilov];
        Citation Next(BodyId body) => FederationWorld.Cite(body, World[body].Seq + 1);
        var seats = ImmutableArray.Create<Person?>(new Person(People.Ana, "Ana"), new Person(People.Clara, "Clara"));
        return act switch
        {
            "open-motion" => (Putilov, new MotionOpened("A new lathe", "")),
            "cast-ballot" => (Putilov, new BallotCast(M, ballot)),
            "attach-minority-report" => (Putilov, new MinorityReportAttached(M, "We dissent.")),
            "post-contribution" => (Putilov, new DiscussionPosted(M, "Who mends the roof meanwhile?")),
            "admit-member" => (Putilov, new MemberAdmitted(Galina, "Galina")),
            "decide-early" => (Putilov, putilov.Decide(M, putilov.Motions[M].ClosesAt, FederationWorld.CellNode)),
            "petition-recall" => (Putilov, new RecallPetitioned(FederationId, People.Ana)),
            "petition-recalled" => (Putilov, new RecallPetitioned(FederationId, People.Boris)),
            "open-recall" => (Putilov, new MotionOpened("Recall Ana", "", null, new DelegateRecall(FederationId, People.Ana))),
            "open-recall-unsupported" => (Putilov, new MotionOpened("Recall Clara", "", null, new DelegateRecall(FederationId, People.Clara))),
            "open-election" => (Putilov, new MotionOpened("Elect", "",
                new SingleTransferableVote(StvRules.Scottish, [Dmitri.ToString(), Elena.ToString()], 2, 1), new DelegatesElect(FederationId))),
            "open-mandate" => (Putilov, new MotionOpened("Mandate", "", null, new MandateSet(FederationId, U, new Mandate(["yes", "abstain"], ["abstain"], 0)))),
            "open-mandate-elsewhere" => (Putilov, new MotionOpened("Mandate", "", null, new MandateSet(BodyId.Parse("moscow"), U, new Mandate(null, null, 0)))),
            "open-withdrawal" => (Putilov, new MotionOpened("Leave", "", null, new FederationWithdraw(FederationId))),
            "open-matter-in-cell" => (Putilov, new MotionOpened("Tram lines", "", matter: "transport")),
            "record-joined-in-cell" => (Putilov, new BodyJoined(Next(VyborgId), ["transport"], 3)),
            "record-seated-in-cell" => (Putilov, new DelegatesSeated(Next(PutilovId), seats, World.Now + Log.Week)),
            "record-roll-in-cell" => (Putilov, new RollRecorded(Next(PutilovId), M, 5, null)),
            "amend-in-cell" => (Putilov, new MotionAmended(M, "Two lathes.")),
            "refuse-ballot-in-cell" => (Putilov, new BallotRefused(M, People.Ana, ballot, Rules.Mandate, "Outside the mandate.")),
            "vote-on-item" => (Federation, new BallotCast(T, ballot)),
            "vote-in-referendum" => (Federation, new BallotCast(U, ballot)),
            "vote-before-rolls" => (Federation, new BallotCast(V, ballot)),
            "report-on-item" => (Federation, new MinorityReportAttached(T, "We dissent.")),
            "discuss-item" => (Federation, new DiscussionPosted(T, "Trams before buses.")),
            "discuss-in-referendum" => (Federation, new DiscussionPosted(U, "A smaller budget, then.")),
            "amend-item" => (Federation, new MotionAmended(T, "Trams and buses.")),
            "amend-recalled-item" => (Federation, new MotionAmended(U, "A smaller budget.")),
            "decide-item-early" => (Federation, World[Federation].Decide(T, World[Federation].Motions[T].ClosesAt, Node)),
            "open-item" => (Federation, new MotionOpened("Tram lines", "", matter: "transport")),
            "open-item-undelegated" => (Federation, new MotionOpened("Housing", "", matter: "housing")),
            "open-item-unnamed-matter" => (Federation, new MotionOpened("Fishing", "", matter: "fishing")),
            "open-item-no-matter" => (Federation, new MotionOpened("Anything", "")),
            "record-joined" => (Federation, new BodyJoined(FederationWorld.Cite(BodyId.Parse("nevsky"), 3), ["transport"], 4)),
            "record-withdrawn" => (Federation, new BodyWithdrawn(Next(VyborgId))),
            "record-seated" => (Federation, new DelegatesSeated(Next(PutilovId), seats, World.Now + Log.Week)),
            "record-mandate" => (Federation, new MandateRecorded(Next(PutilovId), T, new Mandate(["yes"], null, 0), [])),
            "record-recalled" => (Federation, new DelegateRecalled(Next(PutilovId), People.Ana, null)),
            "record-roll" => (Federation, World.Roll(VyborgId, V, referendum: false)),
            "record-ratification" => (Federation, new RatificationReported(Next(PutilovId), V, Outcome.Carried, "carried", [])),
            "record-old-act" => (Federation, new MandateRecorded(FederationWorld.Cite(PutilovId, 1), T, new Mandate(["yes"], null, 0), [])),
            "record-refusal" => (Federation, new BallotRefused(T, People.Ana, new JsonObject { ["choice"] = "yes" }, Rules.Mandate, "Bound to no.")),
            "record-refusal-of-recalled" => (Federation, new BallotRefused(T, People.Boris, new JsonObject { ["choice"] = "no" }, Rules.Recalled, "Recalled.")),
            "record-refusal-unfounded" => (Federation, new BallotRefused(T, People.Ana, new JsonObject { ["choice"] = "no" }, Rules.Mandate, "Bound to no.")),
            "record-refusal-wrong-rule" => (Federation, new BallotRefused(T, People.Ana, new JsonObject { ["choice"] = "yes" }, Rules.Recalled, "Recalled.")),
            _ => throw new ArgumentException($"No act '{act}'.", nameof(act)),
        };
    }

    /// <summary>What a refusal must leave as it was: the log's place and what the body holds.</summary>
    private static string Fingerprint(BodyState state) => string.Join("|",
        state.Seq, state.LastAt, state.Members.Count, state.Motions.Count,
        state.Motions.Values.Sum(m => m.Ballots.Count + m.MinorityReports.Count + m.Discussion.Count + (m.Item?.Revision ?? 0) + (m.Item?.Rolls.Count ?? 0) + (m.Item?.Mandates.Count ?? 0)),
        string.Join(",", state.Delegates.Select(d => $"{d.Key}={d.Value.Seat}").Order(StringComparer.Ordinal)),
        string.Join(",", state.RecalledDelegates.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal)),
        string.Join(",", state.MemberBodies.Keys), string.Join(",", state.LastCited.Select(c => $"{c.Key}:{c.Value}").Order(StringComparer.Ordinal)),
        string.Join(",", state.Affiliations.Values.Select(a => $"{a.Federation}:{a.Seats.Length}:{a.Petitions.Values.Sum(p => p.Count)}:{a.Recalled.Count}")),
        state.Outbox.Count);
}
