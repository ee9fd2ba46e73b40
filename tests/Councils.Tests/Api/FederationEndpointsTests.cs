using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Councils.Domain.Record;
using Councils.Node.Views;
using Councils.Tests.Support;
using static Councils.Tests.Support.Federated;

namespace Councils.Tests.Api;

/// <summary>
/// Federation from below over HTTP, as a new user would try it against a running node: runs once
/// per database through its sealed subclasses.
/// </summary>
public abstract class FederationEndpointsTests
{
    /// <summary>A node on a fresh database of the provider under test; disposing the storage drops the database.</summary>
    protected abstract Task<(RunningNode Node, IAsyncDisposable Storage)> StartAsync();

    [Fact]
    public async Task NewUser_ThreeCellsFederate_MandateBindsRecallWorksEachModeDecidesAndWithdrawalVerifies()
    {
        var (server, storage) = await StartAsync();
        await using var _ = storage;
        await using var __ = server;
        var api = new Api(server.Http);

        // A federation, three cells; each cell decides to join, delegating the same competences.
        await api.PostAsync<BodyView>("api/bodies", new { name = "Petrograd", kind = "federation", id = Federation, charter = Charter() });
        foreach (var (cell, people) in Cells)
        {
            await api.PostAsync<BodyView>("api/bodies", new { name = cell, kind = "workplace-committee", id = cell, founders = people.Select(p => new { name = p }) });
            await api.DecideAsync(cell, new JsonObject { ["type"] = "federation.join", ["federation"] = Federation, ["competences"] = new JsonArray("transport", "budget", "statutes") });
        }
        var federation = await api.GetAsync<BodyView>($"api/bodies/{Federation}");
        Assert.Equal(new[] { C, A, B }, federation.MemberBodies.Select(b => b.Body).Order());
        Assert.All(federation.MemberBodies, b => Assert.Equal(["budget", "statutes", "transport"], b.Competences));

        // Each cell elects its delegate by STV among three candidates; the others become substitutes in order.
        foreach (var (cell, _) in Cells)
        {
            using var response = await api.Http.PostAsJsonAsync($"api/bodies/{cell}/elections", new { by = Handles(cell)[0], federation = Federation, candidates = Handles(cell)[..3] });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var election = (await response.Content.ReadFromJsonAsync<MotionView>())!;
            Assert.Equal(("stv", "delegates.elect"), (election.Method["type"]!.GetValue<string>(), election.Effect!["type"]!.GetValue<string>()));
            Assert.Equal($"/api/bodies/{cell}/motions/{election.Id}", response.Headers.Location?.OriginalString);
            var ranking = new JsonArray([.. election.Method["options"]!.AsArray().Select(o => (JsonNode)new JsonArray(o!.GetValue<string>()))]);
            await api.VoteAllAndCloseAsync(cell, election.Id, _ => new JsonObject { ["ranking"] = ranking.DeepClone() });
        }
        var narva = await api.GetAsync<BodyView>($"api/bodies/{C}");
        var affiliation = Assert.Single(narva.Federations);
        Assert.Equal("Cyril", Assert.Single(affiliation.Seats).Holder!.Name);
        Assert.Equal(["Clara", "Chaim"], affiliation.Substitutes.Select(s => s.Name));

        // A matter the charter does not name, and one it names but no cell delegated, are refused naming the competence; nothing is written.
        var head = await api.HeadAsync(Federation);
        using (var defence = await api.Http.PostAsJsonAsync($"api/bodies/{Federation}/motions", new { by = "ana", title = "Arm the works", matter = "defence" }))
            Assert.Contains("'defence'", (await ProblemAssert.IsAsync(defence, 422, "competence", "payload.matter")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using (var housing = await api.Http.PostAsJsonAsync($"api/bodies/{Federation}/motions", new { by = "ana", title = "Housing", matter = "housing" }))
        {
            var detail = (await ProblemAssert.IsAsync(housing, 422, "competence", "payload.matter")).GetProperty("detail").GetString()!;
            Assert.Contains("'housing'", detail, StringComparison.Ordinal);
            Assert.All(new[] { A, B, C }, cell => Assert.Contains(cell, detail, StringComparison.Ordinal));
        }
        Assert.Equal(head, await api.HeadAsync(Federation));

        // A delegate opens an agenda item on transport and amends it; every cell's roll is taken.
        var item = await api.PostAsync<MotionView>($"api/bodies/{Federation}/motions", new { by = "ana", title = "Tram line", text = "Line 4.", matter = "transport" });
        Assert.Equal(("transport", "delegates", 0, 3), (item.Item!.Matter, item.Item.Mode, item.Item.Revision, item.Item.Bodies.Count));
        using (var amended = await api.Http.PostAsJsonAsync($"api/bodies/{Federation}/motions/{item.Id}/amendments", new { by = "ana", text = "Line 4, to the Vyborg side." }))
        {
            Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
            var view = (await amended.Content.ReadFromJsonAsync<MotionView>())!;
            Assert.Equal(("Line 4, to the Vyborg side.", 1), (view.Text, view.Item!.Revision));
        }

        // Mandates on the amended item: A bound to yes, B latitude, C bound to no.
        foreach (var (cell, allow) in new[] { (A, new[] { "yes" }), (B, ["yes", "abstain"]), (C, ["no"]) })
            await api.DecideAsync(cell, Mandate(item.Id, allow, revision: 1));
        Assert.Equal(["bound to no", "bound to yes", "latitude among yes, abstain"], (await api.ItemAsync(item.Id)).Item!.Bodies.Select(b => b.Mandate!.Describes));

        // C's delegate votes against the mandate: refused, naming the mandate, and the refusal is recorded.
        using (var against = await api.BallotAsync(Federation, item.Id, "cyril", "yes"))
        {
            var detail = (await ProblemAssert.IsAsync(against, 422, "mandate", "payload.ballot.choice")).GetProperty("detail").GetString()!;
            Assert.Contains($"The mandate of {C} on item {item.Id}, decided at seq", detail, StringComparison.Ordinal);
            Assert.Contains("bound to no", detail, StringComparison.Ordinal);
        }
        Assert.Equal("ballot.refused", (await api.KindsAsync(Federation))[^1]);

        // C recalls Cyril: a member petitions, the cell decides, Clara takes the seat and Cyril can no longer vote.
        using (var petition = await api.Http.PostAsJsonAsync($"api/bodies/{C}/recall-petitions", new { by = "clara", federation = Federation, @delegate = "cyril" }))
        {
            Assert.Equal(HttpStatusCode.Created, petition.StatusCode);
            Assert.Equal((C, "recall.petitioned"), ((await petition.Content.ReadFromJsonAsync<AppendResult>())!.Body, (await api.KindsAsync(C))[^1]));
        }
        var cyril = narva.Members.Single(m => m.Name == "Cyril").Key;
        await api.DecideAsync(C, new JsonObject { ["type"] = "delegate.recall", ["federation"] = Federation, ["delegate"] = cyril });
        var seat = Assert.Single(Assert.Single((await api.GetAsync<BodyView>($"api/bodies/{C}")).Federations).Seats);
        Assert.Equal("Clara", seat.Holder!.Name);
        using (var recalled = await api.BallotAsync(Federation, item.Id, "cyril", "no"))
            await ProblemAssert.IsAsync(recalled, 422, "recalled", null);

        // The substitute votes within the mandate; the federation decides by weight: 4 yes, 3 no, 3 abstain.
        foreach (var (by, choice) in new[] { ("clara", "no"), ("ana", "yes"), ("boris", "abstain") })
        {
            using var cast = await api.BallotAsync(Federation, item.Id, by, choice);
            Assert.Equal(HttpStatusCode.Created, cast.StatusCode);
        }
        var decided = await api.PostAsync<MotionView>($"api/bodies/{Federation}/motions/{item.Id}/close", new { by = "ana" }, HttpStatusCode.OK);
        Assert.Equal("carried", decided.Decision!.Outcome);
        Assert.Equal("""{"abstain":"3","no":"3","yes":"4"}""", decided.Decision.Count["report"]!["totals"]!.ToJsonString());

        // A referendum: every member of every cell votes in the federation's log.
        var budget = await api.PostAsync<MotionView>($"api/bodies/{Federation}/motions", new { by = "boris", title = "Depot budget", matter = "budget" });
        foreach (var (cell, people) in Cells)
        {
            foreach (var person in people)
            {
                using var cast = await api.BallotAsync(Federation, budget.Id, Handle(person), cell == C ? "no" : "yes");
                Assert.Equal(HttpStatusCode.Created, cast.StatusCode);
            }
        }
        var referendum = await api.PostAsync<MotionView>($"api/bodies/{Federation}/motions/{budget.Id}/close", new { }, HttpStatusCode.OK);
        Assert.Equal("carried", referendum.Decision!.Outcome);
        var totals = referendum.Decision.Count["report"]!["totals"]!;
        Assert.Equal((7, 3), (totals["yes"]!.GetValue<int>(), totals["no"]!.GetValue<int>()));

        // A ratification by double majority: A and B ratify, C does not; 2 of 3 cells holding 7 of 10 members.
        var statutes = await api.PostAsync<MotionView>($"api/bodies/{Federation}/motions", new { by = "ana", title = "Statutes", matter = "statutes" });
        foreach (var (cell, _) in Cells)
        {
            var answer = await api.OpenAsync(cell, new JsonObject { ["type"] = "ratification.answer", ["federation"] = Federation, ["motion"] = statutes.Id });
            await api.VoteAllAndCloseAsync(cell, answer, _ => new JsonObject { ["choice"] = cell == C ? "no" : "yes" }, cell == C ? "rejected" : "carried");
        }
        var ratified = await api.PostAsync<MotionView>($"api/bodies/{Federation}/motions/{statutes.Id}/close", new { }, HttpStatusCode.OK);
        Assert.Equal("carried", ratified.Decision!.Outcome);
        Assert.Equal([(C, "rejected"), (A, "carried"), (B, "carried")], ratified.Item!.Bodies.Select(b => (b.Body, b.Answer!)));

        // C withdraws by its own decision; the federation records it; every log verifies.
        await api.DecideAsync(C, new JsonObject { ["type"] = "federation.withdraw", ["federation"] = Federation });
        Assert.Equal([A, B], (await api.GetAsync<BodyView>($"api/bodies/{Federation}")).MemberBodies.Select(b => b.Body).Order());
        Assert.Empty((await api.GetAsync<BodyView>($"api/bodies/{C}")).Federations);
        Assert.DoesNotContain(await api.KindsAsync(C), k => k is "body.joined" or "mandate.recorded" or "roll.recorded" or "ballot.refused");
        var verified = await api.PostAsync<VerifyReport>("api/verify", new { }, HttpStatusCode.OK);
        Assert.True(verified.Ok, verified.Failure?.Message);
    }

    /// <summary>The calls a new user makes, each asserting the status it must answer.</summary>
    private sealed class Api(HttpClient http)
    {
        public HttpClient Http { get; } = http;

        public async Task<T> PostAsync<T>(string path, object request, HttpStatusCode expected = HttpStatusCode.Created)
        {
            using var response = await Http.PostAsJsonAsync(path, request);
            Assert.True(response.StatusCode == expected, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return (await response.Content.ReadFromJsonAsync<T>())!;
        }

        public async Task<T> GetAsync<T>(string path) => (await Http.GetFromJsonAsync<T>(path))!;

        public async Task<MotionView> ItemAsync(long item) => await GetAsync<MotionView>($"api/bodies/{Federation}/motions/{item}");

        public async Task<HeadView> HeadAsync(string body) => await GetAsync<HeadView>($"api/bodies/{body}/head");

        public Task<HttpResponseMessage> BallotAsync(string body, long motion, string by, string choice) =>
            Http.PostAsJsonAsync($"api/bodies/{body}/motions/{motion}/ballots", new { by, ballot = new { choice } });

        public async Task<long> OpenAsync(string cell, JsonObject effect) =>
            (await PostAsync<MotionView>($"api/bodies/{cell}/motions", new { by = Handles(cell)[0], title = effect["type"]!.GetValue<string>(), effect })).Id;

        /// <summary>A cell's motion with the effect, carried by every member and closed by its proposer.</summary>
        public async Task DecideAsync(string cell, JsonObject effect) =>
            await VoteAllAndCloseAsync(cell, await OpenAsync(cell, effect), _ => new JsonObject { ["choice"] = "yes" });

        public async Task VoteAllAndCloseAsync(string cell, long motion, Func<string, JsonObject> ballot, string outcome = "carried")
        {
            foreach (var by in Handles(cell))
            {
                using var cast = await Http.PostAsJsonAsync($"api/bodies/{cell}/motions/{motion}/ballots", new { by, ballot = ballot(by) });
                Assert.Equal(HttpStatusCode.Created, cast.StatusCode);
            }
            var closed = await PostAsync<MotionView>($"api/bodies/{cell}/motions/{motion}/close", new { by = Handles(cell)[0] }, HttpStatusCode.OK);
            Assert.Equal(outcome, closed.Decision!.Outcome);
        }

        public async Task<List<string>> KindsAsync(string body)
        {
            var export = await Http.GetByteArrayAsync($"api/bodies/{body}/log");
            return [.. ExportFile.Lines(export).Where(l => !l.IsCheckpoint).Select(l => Entry.Parse(l.Bytes).Kind)];
        }
    }
}
