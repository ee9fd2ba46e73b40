using System.Text.Json.Nodes;
using Councils.Domain;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Node.Requests;

namespace Councils.Node.Tests;

/// <summary>Federation from below through the node, as a new user would try it: join, elect, mandate, refuse, recall, decide in each mode, withdraw.</summary>
public abstract partial class LocalNodeTests
{
    [Fact]
    public async Task NewUser_ThreeCellsFederate_MandatesBindRecallWorksAndEachModeDecides()
    {
        await using var node = await OpenFreshNodeAsync();
        var f = new Federating(node, this);
        await f.SetUpAsync();

        // A motion on a matter the charter does not name, and one some member did not delegate, are refused.
        var unnamed = await Assert.ThrowsAsync<RuleViolation>(() => node.OpenMotionAsync(f.Federation, new OpenMotion(f.H("a1"), "Arm", Matter: "defence"), Ct));
        Assert.Equal((Rules.Competence, "payload.matter"), (unnamed.Rule, unnamed.Field));
        var undelegated = await Assert.ThrowsAsync<RuleViolation>(() => node.OpenMotionAsync(f.Federation, new OpenMotion(f.H("a1"), "Trams", Matter: "transport"), Ct));
        Assert.Equal(Rules.Competence, undelegated.Rule);
        Assert.Contains("'transport'", undelegated.Message, StringComparison.Ordinal);
        Assert.Contains(f.D, undelegated.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(f.A, undelegated.Message, StringComparison.Ordinal);

        // D withdraws by its own decision; its log stays whole and the federation records it.
        await f.DecideAsync(f.D, "d", ["Withdraw", "withdraw"], new JsonObject { ["type"] = "federation.withdraw", ["federation"] = f.Federation });
        var federation = await node.GetBodyAsync(f.Federation, Ct);
        Assert.Equal([f.A, f.B, f.C], federation.MemberBodies.Select(b => b.Body));
        Assert.Empty((await node.GetBodyAsync(f.D, Ct)).Federations);

        // The item on transport: A mandates yes, B gives latitude, C binds no.
        var item = await node.OpenMotionAsync(f.Federation, new OpenMotion(f.H("a1"), "Tram lines to the Vyborg side", "Extend line 4.", Matter: "transport"), Ct);
        Assert.Equal(("transport", "delegates", 3, 4), (item.Item!.Matter, item.Item.Mode, item.Item.Bodies.Count, item.Eligible));
        await f.MandateAsync(f.A, "a", item.Id, ["yes"]);
        await f.MandateAsync(f.B, "b", item.Id, ["yes", "abstain"]);
        await f.MandateAsync(f.C, "c", item.Id, ["no"], minority: "We need the trams more than anyone; our delegate should be free.");

        // C's delegate votes against the mandate: refused, naming the mandate, and the refusal is in the federation's log.
        var against = await Assert.ThrowsAsync<RuleViolation>(() => node.CastBallotAsync(f.Federation, item.Id, new CastBallot(f.H("c1"), Choice("yes")), Ct));
        Assert.Equal(Rules.Mandate, against.Rule);
        Assert.Contains("bound to no", against.Message, StringComparison.Ordinal);
        Assert.Contains(await f.KindsAsync(f.Federation), k => k == "ballot.refused");

        // C recalls c1; c2, the substitute, takes the seat; c1 can no longer act.
        await node.PetitionRecallAsync(f.C, new PetitionRecall(f.H("c3"), f.Federation, f.H("c1")), Ct);
        await f.DecideAsync(f.C, "c", ["Recall c1", "recall"], new JsonObject { ["type"] = "delegate.recall", ["federation"] = f.Federation, ["delegate"] = f.Keys["c1"] });
        var cSeat = Assert.Single((await node.GetBodyAsync(f.C, Ct)).Federations).Seats.Single();
        Assert.Equal(f.Keys["c2"], cSeat.Holder!.Key);
        var recalled = await Assert.ThrowsAsync<RuleViolation>(() => node.CastBallotAsync(f.Federation, item.Id, new CastBallot(f.H("c1"), Choice("no")), Ct));
        Assert.Equal(Rules.Recalled, recalled.Rule);

        await node.CastBallotAsync(f.Federation, item.Id, new CastBallot(f.H("c2"), Choice("no")), Ct);
        await node.CastBallotAsync(f.Federation, item.Id, new CastBallot(f.H("a1"), Choice("yes")), Ct);
        await node.CastBallotAsync(f.Federation, item.Id, new CastBallot(f.H("a2"), Choice("yes")), Ct);
        await node.CastBallotAsync(f.Federation, item.Id, new CastBallot(f.H("b1"), Choice("abstain")), Ct);
        var decided = await node.CloseMotionAsync(f.Federation, item.Id, new CloseMotion(f.H("a1")), Ct);
        Assert.Equal("carried", decided.Decision!.Outcome);
        var report = decided.Decision.Count["report"]!;
        // A's 5 members split over 2 seats, both yes; C's 4 no; B's 3 abstain.
        Assert.Equal("""{"abstain":"3","no":"4","yes":"5"}""", report["totals"]!.ToJsonString());
        Assert.Contains("our delegate should be free", report.ToJsonString(), StringComparison.Ordinal);

        // A referendum of every member of every member body, tallied per body and in total.
        var budget = await node.OpenMotionAsync(f.Federation, new OpenMotion(f.H("b1"), "Budget for the tram depot", Matter: "budget"), Ct);
        foreach (var (who, choice) in f.Everyone.Select((p, i) => (p, i % 3 == 2 ? "no" : "yes")))
            await node.CastBallotAsync(f.Federation, budget.Id, new CastBallot(f.H(who), Choice(choice)), Ct);
        var referendum = await node.CloseMotionAsync(f.Federation, budget.Id, new CloseMotion(), Ct);
        Assert.Equal("carried", referendum.Decision!.Outcome);
        var totals = referendum.Decision.Count["report"]!["totals"]!;
        Assert.Equal((8, 4), (totals["yes"]!.GetValue<int>(), totals["no"]!.GetValue<int>()));
        Assert.Equal(3, referendum.Decision.Count["report"]!["bodies"]!.AsArray().Count);

        // A ratification: A and B ratify, C does not; 2 of 3 bodies and 8 of 12 members: a double majority.
        var statutes = await node.OpenMotionAsync(f.Federation, new OpenMotion(f.H("a1"), "Statutes of the federation", Matter: "statutes"), Ct);
        await f.RatifyAsync(f.A, "a", statutes.Id, "yes");
        await f.RatifyAsync(f.B, "b", statutes.Id, "yes");
        await f.RatifyAsync(f.C, "c", statutes.Id, "no");
        var ratified = await node.CloseMotionAsync(f.Federation, statutes.Id, new CloseMotion(), Ct);
        Assert.Equal("carried", ratified.Decision!.Outcome);
        Assert.Equal(["carried", "carried", "rejected"], ratified.Item!.Bodies.Select(b => b.Answer));

        // Nothing the federation did is in a cell's log except the cell's own acts, and every log verifies.
        Assert.DoesNotContain(await f.KindsAsync(f.C), k => k is "body.joined" or "delegates.seated" or "mandate.recorded" or "roll.recorded" or "ballot.refused");
        var verified = await node.VerifyAsync(Ct);
        Assert.True(verified.Ok, verified.Failure?.Message);
    }

    [Fact]
    public async Task Verify_AFederationCitingAnotherVersionOfACell_FailsOnTheCitationThoughEachLogVerifiesAlone()
    {
        await using var source = await OpenFreshNodeAsync();
        await Demo.LoadAsync(source, Ct);
        var demo = await source.VerifyAsync(Ct);
        // Joined, seated and mandated three times, nine rolls, a recall, three ratifications.
        Assert.Equal(22, demo.Citations);

        await using var target = await OpenFreshNodeAsync();
        foreach (var body in (await source.ListBodiesAsync(Ct)).Where(b => b.Id != "putilov-works"))
            await target.ImportAsync(new MemoryStream(await ExportAsync(source, body.Id)), Ct);
        // Another log under the same id: a fork of the cell the federation's records do not match.
        await target.CreateBodyAsync(new CreateBody("Putilov Works Committee", "workplace-committee", "putilov-works", [new NewMember("Someone Else")]), Ct);

        var report = await target.VerifyAsync(Ct);

        Assert.False(report.Ok);
        Assert.Equal(("petrograd-federation", Rules.Citation), (report.Failure!.Body, report.Failure.Rule));
        Assert.Contains("putilov-works", report.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Federations_Federate_AConfederationsReferendumReachesEveryMemberOfEveryCellBelow()
    {
        await using var node = await OpenFreshNodeAsync();
        var f = new Federating(node, this);
        var confederation = NewBodyId("confederation");
        var matters = new Matters([new("budget", DecisionMode.Referendum)], Fraction.Half, Fraction.Half);
        await node.CreateBodyAsync(new CreateBody("Confederation", "federation", confederation, [], (Charter.For(BodyKind.Federation) with { Matters = matters }).ToJson()), Ct);
        await f.SetUpAsync();

        // The regional federation joins the confederation by its own delegates' decision.
        var join = new JsonObject { ["type"] = "federation.join", ["federation"] = confederation, ["competences"] = new JsonArray("budget") };
        var joining = await node.OpenMotionAsync(f.Federation, new OpenMotion(f.H("a1"), "Join the confederation", Effect: join), Ct);
        foreach (var delegateHandle in new[] { "a1", "a2", "b1", "c1" })
            await node.CastBallotAsync(f.Federation, joining.Id, new CastBallot(f.H(delegateHandle), Choice("yes")), Ct);
        await node.CloseMotionAsync(f.Federation, joining.Id, new CloseMotion(f.H("a1")), Ct);
        var member = Assert.Single((await node.GetBodyAsync(confederation, Ct)).MemberBodies);
        // It stands for the members of its member bodies: 5 + 3 + 4 + 2.
        Assert.Equal((f.Federation, 14L), (member.Body, member.Members));

        // It elects its delegate to the confederation among its own delegates.
        var election = await node.ElectDelegatesAsync(f.Federation, new ElectDelegates(f.H("a1"), confederation, [f.H("a1"), f.H("b1")]), Ct);
        foreach (var delegateHandle in new[] { "a1", "a2", "b1", "c1" })
            await node.CastBallotAsync(f.Federation, election.Id, new CastBallot(f.H(delegateHandle),
                new JsonObject { ["ranking"] = new JsonArray(new JsonArray(f.Keys["b1"]), new JsonArray(f.Keys["a1"])) }), Ct);
        await node.CloseMotionAsync(f.Federation, election.Id, new CloseMotion(f.H("a1")), Ct);
        Assert.Equal(f.Keys["b1"], Assert.Single((await node.GetBodyAsync(confederation, Ct)).MemberBodies).Seats.Single().Holder!.Key);

        // The confederation's referendum reaches every member of every cell below, each once.
        var budget = await node.OpenMotionAsync(confederation, new OpenMotion(f.H("b1"), "A common fund", Matter: "budget"), Ct);
        var everyone = f.Keys.Keys.ToList();
        foreach (var person in everyone)
            await node.CastBallotAsync(confederation, budget.Id, new CastBallot(f.H(person), Choice("yes")), Ct);
        var decided = await node.CloseMotionAsync(confederation, budget.Id, new CloseMotion(), Ct);
        Assert.Equal(("carried", 14, 14), (decided.Decision!.Outcome, decided.Decision.Count["eligible"]!.GetValue<int>(), decided.Decision.Count["report"]!["totals"]!["yes"]!.GetValue<int>()));
        Assert.True((await node.VerifyAsync(Ct)).Ok);
    }

    [Fact]
    public async Task Election_OfSomeoneHoldingThePostCap_IsRefusedAndWritesNothing()
    {
        await using var node = await OpenFreshNodeAsync();
        var (north, south, cell) = (NewBodyId("north"), NewBodyId("south"), NewBodyId("cell"));
        foreach (var federation in new[] { north, south })
            await node.CreateBodyAsync(new CreateBody(federation, "federation", federation, []), Ct);
        var charter = Charter.For(BodyKind.WorkplaceCommittee) with { Delegation = new Delegation(1, 3600, 2, 1, 1) };
        var created = await node.CreateBodyAsync(new CreateBody("Cell", "workplace-committee", cell,
            [.. new[] { "x1", "x2", "x3" }.Select(x => new NewMember(x, Handle(x)))], charter.ToJson()), Ct);
        var keys = created.Members.ToDictionary(m => m.Name, m => m.Key);
        async Task DecideAsync(JsonObject? method, JsonObject effect, Func<int, JsonObject> ballot)
        {
            var open = await node.OpenMotionAsync(cell, new OpenMotion(Handle("x1"), "Act", "", method, effect), Ct);
            for (var i = 1; i <= 3; i++)
                await node.CastBallotAsync(cell, open.Id, new CastBallot(Handle($"x{i}"), ballot(i)), Ct);
            await node.CloseMotionAsync(cell, open.Id, new CloseMotion(Handle("x1")), Ct);
        }
        foreach (var federation in new[] { north, south })
            await DecideAsync(null, new JsonObject { ["type"] = "federation.join", ["federation"] = federation, ["competences"] = new JsonArray() }, _ => Choice("yes"));
        var first = await node.ElectDelegatesAsync(cell, new ElectDelegates(Handle("x1"), north, [Handle("x1"), Handle("x2")]), Ct);
        for (var i = 1; i <= 3; i++)
            await node.CastBallotAsync(cell, first.Id, new CastBallot(Handle($"x{i}"), new JsonObject { ["ranking"] = new JsonArray(new JsonArray(keys["x1"])) }), Ct);
        await node.CloseMotionAsync(cell, first.Id, new CloseMotion(Handle("x1")), Ct);
        var head = (await node.GetHeadAsync(cell, Ct)).Size;

        var refused = await Assert.ThrowsAsync<RuleViolation>(() => node.ElectDelegatesAsync(cell, new ElectDelegates(Handle("x1"), south, [Handle("x1"), Handle("x3")]), Ct));

        Assert.Equal(LocalNode.PostCapRule, refused.Rule);
        Assert.Contains(keys["x1"], refused.Message, StringComparison.Ordinal);
        Assert.Equal(head, (await node.GetHeadAsync(cell, Ct)).Size);
        // Those who hold no post may stand.
        await node.ElectDelegatesAsync(cell, new ElectDelegates(Handle("x1"), south, [Handle("x2"), Handle("x3")]), Ct);
    }

    /// <summary>Four cells and a federation: A (5 members, 2 seats), B (3), C (4), D (2, delegates only the budget).</summary>
    private sealed class Federating(LocalNode node, LocalNodeTests test)
    {
        public string Federation { get; } = NewBodyId("region");

        public string A { get; } = NewBodyId("a");

        public string B { get; } = NewBodyId("b");

        public string C { get; } = NewBodyId("c");

        public string D { get; } = NewBodyId("d");

        public Dictionary<string, string> Keys { get; } = [];

        public IReadOnlyList<string> Everyone => [.. Keys.Keys.Where(k => k[0] != 'd')];

        public string H(string who) => test.Handle(who);

        public async Task SetUpAsync()
        {
            var matters = new Matters([new("transport", DecisionMode.Delegates), new("budget", DecisionMode.Referendum), new("statutes", DecisionMode.Ratification)], Fraction.Half, Fraction.Half);
            await node.CreateBodyAsync(new CreateBody("Regional Federation", "federation", Federation, [], (Charter.For(BodyKind.Federation) with { Matters = matters }).ToJson()), Ct);
            await CellAsync(A, "a", 5, 2);
            await CellAsync(B, "b", 3, 1);
            await CellAsync(C, "c", 4, 1);
            await CellAsync(D, "d", 2, 1);
            foreach (var (cell, stem) in new[] { (A, "a"), (B, "b"), (C, "c") })
                await DecideAsync(cell, stem, ["Join the region", "join"], Join(["transport", "budget", "statutes"]));
            await DecideAsync(D, "d", ["Join the region for the budget", "join"], Join(["budget"]));
            await ElectAsync(A, "a", ["a1", "a2", "a3"]);
            await ElectAsync(B, "b", ["b1", "b2"]);
            await ElectAsync(C, "c", ["c1", "c2"]);
            var federation = await node.GetBodyAsync(Federation, Ct);
            Assert.Equal([A, B, C, D], federation.MemberBodies.Select(b => b.Body).Order());
            Assert.Equal([Keys["a1"], Keys["a2"]], federation.MemberBodies.Single(b => b.Body == A).Seats.Select(s => s.Holder!.Key));
        }

        public async Task DecideAsync(string cell, string stem, string[] title, JsonObject effect, JsonObject? method = null, Func<int, JsonObject>? ballot = null, string? minority = null)
        {
            var members = Keys.Keys.Where(k => k.StartsWith(stem, StringComparison.Ordinal)).ToList();
            var open = await node.OpenMotionAsync(cell, new OpenMotion(H(members[0]), title[0], title[1], method, effect), Ct);
            for (var i = 0; i < members.Count; i++)
                await node.CastBallotAsync(cell, open.Id, new CastBallot(H(members[i]), ballot?.Invoke(i) ?? Choice("yes")), Ct);
            if (minority is not null)
                await node.AttachMinorityReportAsync(cell, open.Id, new AttachMinorityReport(H(members[^1]), minority), Ct);
            await node.CloseMotionAsync(cell, open.Id, new CloseMotion(H(members[0])), Ct);
        }

        public Task MandateAsync(string cell, string stem, long item, string[] allow, string? minority = null) =>
            DecideAsync(cell, stem, ["Mandate", "mandate"], new JsonObject
            {
                ["type"] = "mandate.set", ["federation"] = Federation, ["motion"] = item,
                ["allow"] = new JsonArray([.. allow.Select(a => (JsonNode)a)]), ["fallback"] = null, ["revision"] = 0,
            }, minority: minority);

        public Task RatifyAsync(string cell, string stem, long item, string choice) =>
            DecideAsync(cell, stem, ["Ratify the statutes", "ratify"], new JsonObject { ["type"] = "ratification.answer", ["federation"] = Federation, ["motion"] = item },
                ballot: _ => Choice(choice), minority: choice == "no" ? "The statutes give the federation too much." : null);

        public async Task<IReadOnlyList<string>> KindsAsync(string body)
        {
            await using var db = node.Databases.CreateDbContext();
            return [.. db.Events.Where(e => e.BodyId == body).OrderBy(e => e.Seq).Select(e => e.Kind)];
        }

        private async Task CellAsync(string id, string stem, int people, int seats)
        {
            var charter = Charter.For(BodyKind.WorkplaceCommittee) with { Delegation = Delegation.Default with { } };
            var json = charter.ToJson();
            json["delegation"]!["seats"] = seats;
            var founders = Enumerable.Range(1, people).Select(i => new NewMember($"{stem}{i}", H($"{stem}{i}"))).ToList();
            var created = await node.CreateBodyAsync(new CreateBody($"Cell {stem}", "workplace-committee", id, founders, json), Ct);
            foreach (var m in created.Members)
                Keys[m.Name] = m.Key;
        }

        private async Task ElectAsync(string cell, string stem, string[] candidates)
        {
            var open = await node.ElectDelegatesAsync(cell, new ElectDelegates(H($"{stem}1"), Federation, [.. candidates.Select(H)]), Ct);
            var members = Keys.Keys.Where(k => k.StartsWith(stem, StringComparison.Ordinal)).ToList();
            var ranking = new JsonArray([.. candidates.Select(c => (JsonNode)new JsonArray(Keys[c]))]);
            foreach (var m in members)
                await node.CastBallotAsync(cell, open.Id, new CastBallot(H(m), new JsonObject { ["ranking"] = ranking.DeepClone() }), Ct);
            await node.CloseMotionAsync(cell, open.Id, new CloseMotion(H(members[0])), Ct);
        }

        private JsonObject Join(string[] competences) => new()
        {
            ["type"] = "federation.join", ["federation"] = Federation,
            ["competences"] = new JsonArray([.. competences.Select(c => (JsonNode)c)]),
        };
    }
}
