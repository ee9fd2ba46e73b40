using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Councils.Node.Views;
using Councils.Tests.Support;

namespace Councils.Tests.Api;

/// <summary>The server as a new user meets it: the JSON API end to end, its OpenAPI document and health.</summary>
public sealed class NodeServerTests : IAsyncLifetime
{
    private const string Body = "red-star-workshop";
    private static readonly string[] NewMembers = ["Boris", "Vera", "Gleb", "Dora", "Egor"];

    private RunningNode _server = null!;

    private HttpClient Http => _server.Http;

    public async Task InitializeAsync() => _server = await RunningNode.StartSqliteAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task NewUser_CommitteeDecidesAMotion_EveryStepAnsweredAndTheDecisionKeepsItsCount()
    {
        // Create a workplace committee with its founder.
        using var created = await Http.PostAsJsonAsync("api/bodies", new { name = "Red Star Workshop", kind = "workplace-committee", founders = new[] { new { name = "Ana" } } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/bodies/{Body}", created.Headers.Location?.OriginalString);
        var body = (await created.Content.ReadFromJsonAsync<BodyView>())!;
        Assert.Equal((Body, "Red Star Workshop", "workplace-committee", 1), (body.Id, body.Name, body.Kind, body.CharterVersion));
        Assert.Equal("ana", Assert.Single(body.Members).Handle);
        Assert.Equal(1, body.Head.Size);
        await AssertResolvesAsync(created);

        // Add five members; the founder admits them (the default charter admits by member).
        for (var i = 0; i < NewMembers.Length; i++)
        {
            using var added = await Http.PostAsJsonAsync($"api/bodies/{Body}/members", new { name = NewMembers[i], by = "ana" });
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
            var member = (await added.Content.ReadFromJsonAsync<MemberView>())!;
            Assert.Equal((NewMembers[i], NewMembers[i].ToLowerInvariant(), i + 1L), (member.Name, member.Handle, member.AdmittedSeq));
            Assert.Equal(43, member.Key.Length);
            await AssertResolvesAsync(added);
        }

        // Open a motion.
        using var opened = await Http.PostAsJsonAsync($"api/bodies/{Body}/motions",
            new { by = "ana", title = "Four-day week from March", text = "Thirty-two hours, same pay." });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var motion = (await opened.Content.ReadFromJsonAsync<MotionView>())!;
        Assert.Equal((6L, "Open", 6, 0), (motion.Id, motion.Status, motion.Eligible, motion.BallotsCast));
        Assert.Equal("majority", motion.Method["type"]!.GetValue<string>());
        Assert.Equal(body.Members[0].Key, motion.Proposer);
        Assert.Equal($"/api/bodies/{Body}/motions/6", opened.Headers.Location?.OriginalString);
        await AssertResolvesAsync(opened);

        // No decision yet.
        using (var early = await Http.GetAsync($"api/bodies/{Body}/motions/6/decision"))
            await ProblemAssert.IsAsync(early, 404, "no-decision-yet", "motion");

        // Four vote.
        var seq = 7L;
        foreach (var (by, choice) in new[] { ("ana", "yes"), ("boris", "yes"), ("vera", "yes"), ("gleb", "abstain") })
        {
            using var cast = await Http.PostAsJsonAsync($"api/bodies/{Body}/motions/6/ballots", new { by, ballot = new { choice } });
            Assert.Equal(HttpStatusCode.Created, cast.StatusCode);
            var result = (await cast.Content.ReadFromJsonAsync<AppendResult>())!;
            Assert.Equal((Body, seq++), (result.Body, result.Seq));
            Assert.Matches("^[0-9a-f]{64}$", result.Hash);
            await AssertResolvesAsync(cast);
        }

        // One who did not vote attaches a minority report.
        using (var report = await Http.PostAsJsonAsync($"api/bodies/{Body}/motions/6/minority-reports", new { by = "dora", text = "We should ask the canteen first." }))
        {
            Assert.Equal(HttpStatusCode.Created, report.StatusCode);
            Assert.Equal(11, (await report.Content.ReadFromJsonAsync<AppendResult>())!.Seq);
            await AssertResolvesAsync(report);
        }

        // The proposer closes it: with four of six cast, the two left cannot change the outcome.
        using var closed = await Http.PostAsJsonAsync($"api/bodies/{Body}/motions/6/close", new { by = "ana" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("Decided", (await closed.Content.ReadFromJsonAsync<MotionView>())!.Status);

        // Read the decision.
        using var read = await Http.GetAsync($"api/bodies/{Body}/motions/6/decision");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var decided = (await read.Content.ReadFromJsonAsync<MotionView>())!;
        var decision = Assert.IsType<DecisionView>(decided.Decision);
        Assert.Equal(("carried", 1, 12L), (decision.Outcome, decision.CharterVersion, decision.Seq));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"eligible":6,"objections":[],"quorum":3,"tallies":{"abstain":1,"no":0,"yes":3},"turnout":4}"""),
            decision.Count), decision.Count.ToJsonString());
        Assert.Equal(["Ana", "Boris", "Vera", "Gleb"], decided.Ballots.Select(b => b.Name));
        var minority = Assert.Single(decided.MinorityReports);
        Assert.Equal(("Dora", "We should ask the canteen first."), (minority.Name, minority.Text));

        // The body shows it all, and its log holds every act.
        var after = (await Http.GetFromJsonAsync<BodyView>($"api/bodies/{Body}"))!;
        Assert.Equal(6, after.Members.Count);
        var summary = Assert.Single(after.Motions);
        Assert.Equal((6L, "Decided", "carried", 4), (summary.Id, summary.Status, summary.Outcome, summary.BallotsCast));
        Assert.Equal(13, after.Head.Size);
        var listed = Assert.Single((await Http.GetFromJsonAsync<List<BodySummary>>("api/bodies"))!);
        Assert.Equal((Body, 6, 0, 13L), (listed.Id, listed.Members, listed.OpenMotions, listed.Events));
    }

    [Fact]
    public async Task OpenApi_Document_ListsEveryPathOfTheApi()
    {
        using var response = await Http.GetAsync("openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name.TrimEnd('/')).ToHashSet();
        string[] expected =
        [
            "/api/bodies",
            "/api/bodies/{body}",
            "/api/bodies/{body}/members",
            "/api/bodies/{body}/motions",
            "/api/bodies/{body}/motions/{motion}",
            "/api/bodies/{body}/motions/{motion}/ballots",
            "/api/bodies/{body}/motions/{motion}/minority-reports",
            "/api/bodies/{body}/motions/{motion}/discussion",
            "/api/bodies/{body}/motions/{motion}/amendments",
            "/api/bodies/{body}/motions/{motion}/close",
            "/api/bodies/{body}/motions/{motion}/decision",
            "/api/bodies/{body}/elections",
            "/api/bodies/{body}/recall-petitions",
            "/api/bodies/{body}/head",
            "/api/bodies/{body}/log",
            "/api/bodies/{body}/proofs/inclusion",
            "/api/bodies/{body}/proofs/consistency",
            "/api/import",
            "/api/verify",
        ];
        Assert.All(expected, path => Assert.Contains(path, paths));
        var ballots = document.GetProperty("paths").EnumerateObject().Single(p => p.Name.TrimEnd('/') == "/api/bodies/{body}/motions/{motion}/ballots").Value;
        Assert.True(ballots.TryGetProperty("post", out _), "casting a ballot is a POST");
    }

    [Fact]
    public async Task Health_RunningNode_Answers200()
    {
        using var response = await Http.GetAsync("health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A 201's Location is somewhere a client can go: GET answers 200.</summary>
    private async Task AssertResolvesAsync(HttpResponseMessage created)
    {
        var location = created.Headers.Location ?? throw new Xunit.Sdk.XunitException("A 201 without a Location.");
        using var followed = await Http.GetAsync(location.OriginalString.TrimStart('/'));
        Assert.True(followed.StatusCode == HttpStatusCode.OK, $"GET {location} answered {(int)followed.StatusCode}");
    }
}
