using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Councils.Node.Views;
using Councils.Tests.Support;
using static Councils.Tests.Api.FederationProblemsFixture;
using static Councils.Tests.Support.Federated;

namespace Councils.Tests.Api;

/// <summary>
/// Bad input to the federation endpoints, and to motions and ballots where they touch a federation:
/// each an RFC 9457 problem naming the rule, and no log on the node changes.
/// </summary>
public sealed class FederationProblemsTests(FederationProblemsFixture fixture) : IClassFixture<FederationProblemsFixture>
{
    private delegate Task<HttpResponseMessage> Send(FederationProblemsFixture f);

    // Names: something the detail must mention, such as the value or rule at fault.
    private sealed record Case(Send Send, int Status, string Rule, string? Field, string Names);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["an election without candidates"] = new(f => Raw(f, $"api/bodies/{A}/elections", """{"by":"ana","federation":"petrograd"}"""), 400, "json", "$", "'candidates'"),
        ["an election with one candidate"] = new(f => Elect(f, A, "ana", Federation, "ana"), 400, "request-invalid", "candidates", "at least 2"),
        ["an election to an unknown federation"] = new(f => Elect(f, A, "ana", "no-such-federation", "ana", "anton"), 422, "not-affiliated", "payload.effect.federation", "no-such-federation"),
        ["an election to a federation that is not an id"] = new(f => Elect(f, A, "ana", "Not A Federation", "ana", "anton"), 400, "request-invalid", "federation", "Not A Federation"),
        ["an election of someone unknown"] = new(f => Elect(f, A, "ana", Federation, "ana", "nobody"), 400, "request-invalid", "candidates", "nobody"),
        ["an election of a non-member"] = new(f => Elect(f, A, "ana", Federation, "ana", "boris"), 422, "not-a-member", "payload.method.options", "only members stand"),
        ["an election opened by a non-member"] = new(f => Elect(f, A, "boris", Federation, "ana", "anton"), 422, "not-a-member", null, "putilov-works"),
        ["an election in an unknown body"] = new(f => Elect(f, "no-such-body", "ana", Federation, "ana", "anton"), 404, "unknown-body", "body", "no-such-body"),
        ["an election past the post cap"] = new(f => Elect(f, Capped, "pavel", Federation, "ana", "pavel"), 422, "post-cap", "method.options", "caps the posts"),
        ["a petition without a delegate"] = new(f => Raw(f, $"api/bodies/{C}/recall-petitions", """{"by":"clara","federation":"petrograd"}"""), 400, "json", "$", "'delegate'"),
        ["a petition to recall a substitute"] = new(f => Petition(f, C, "clara", Federation, "chaim"), 422, "not-a-delegate", "payload.delegate", "holds no seat"),
        ["a petition in an unknown federation"] = new(f => Petition(f, C, "clara", "no-such-federation", "cyril"), 422, "not-affiliated", "payload.federation", "no-such-federation"),
        ["a petition naming someone unknown"] = new(f => Petition(f, C, "clara", Federation, "nobody"), 400, "request-invalid", "delegate", "nobody"),
        ["a petition by a non-member"] = new(f => Petition(f, C, "boris", Federation, "cyril"), 422, "not-a-member", null, "narva-gate"),
        ["a petition in an unknown body"] = new(f => Petition(f, "no-such-body", "clara", Federation, "cyril"), 404, "unknown-body", "body", "no-such-body"),
        ["an amendment without text"] = new(f => Raw(f, $"api/bodies/{Federation}/motions/{f.Item}/amendments", """{"by":"ana"}"""), 400, "json", "$", "'text'"),
        ["an amendment by someone else than the proposer"] = new(f => Amend(f, Federation, f.Item, "boris"), 422, "author", null, "Only the proposer"),
        ["an amendment of a cell's motion"] = new(f => Amend(f, A, f.CellMotion, "ana"), 400, "payload-invalid", "payload.motion", "not a federation's agenda item"),
        ["an amendment of an unknown motion"] = new(f => Amend(f, Federation, 999, "ana"), 404, "unknown-motion", "payload.motion", "999"),
        ["an item on a matter the charter does not name"] = new(f => Open(f, Federation, "ana", matter: "defence"), 422, "competence", "payload.matter", "'defence'"),
        ["an item on a matter no cell delegated"] = new(f => Open(f, Federation, "ana", matter: "housing"), 422, "competence", "payload.matter", "'housing'"),
        ["a matter in a cell"] = new(f => Open(f, A, "ana", matter: "transport"), 422, "body-kind-mismatch", "payload.matter", "decides its own motions"),
        ["a mandate with a choice that is not one"] = new(f => Open(f, A, "ana", Mandate(f.Item, ["maybe"])), 400, "payload-invalid", "effect.allow", "'maybe'"),
        ["a mandate from a cell in no federation"] = new(f => Open(f, Outsider, "otto", Mandate(f.Item, ["yes"])), 422, "not-affiliated", "payload.effect.federation", "does not belong to petrograd"),
        ["a recall of a substitute"] = new(RecallSubstituteAsync, 422, "not-a-delegate", "payload.effect.delegate", "holds no seat"),
        ["a withdrawal from a federation never joined"] = new(f => Open(f, Outsider, "otto", new JsonObject { ["federation"] = Federation, ["type"] = "federation.withdraw" }), 422, "not-affiliated", "payload.effect.federation", "does not belong"),
        ["a second join"] = new(f => Open(f, A, "ana", new JsonObject { ["competences"] = new JsonArray("budget"), ["federation"] = Federation, ["type"] = "federation.join" }), 422, "already-a-member", "payload.effect.federation", "already belongs"),
        ["a ratification answer from a cell in no federation"] = new(f => Open(f, Outsider, "otto", new JsonObject { ["federation"] = Federation, ["motion"] = f.Item, ["type"] = "ratification.answer" }), 422, "not-affiliated", "payload.effect.federation", "does not belong"),
        ["a ballot on the item by a non-delegate"] = new(f => f.Http.PostAsJsonAsync($"api/bodies/{Federation}/motions/{f.Item}/ballots", new { by = "anton", ballot = new { choice = "yes" } }), 422, "not-a-member", null, "Only a delegate"),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task BadInput_IsRefused_WithAProblemNamingTheRuleAndNoLogChanges(string name)
    {
        var (send, status, rule, field, names) = Cases[name];
        var before = await HeadsAsync();

        using var response = await send(fixture);

        var problem = await ProblemAssert.IsAsync(response, status, rule, field);
        Assert.Contains(names, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await HeadsAsync());
    }

    /// <summary>The head of every log on the node.</summary>
    private async Task<string> HeadsAsync()
    {
        var heads = new StringBuilder();
        foreach (var body in (await fixture.Http.GetFromJsonAsync<List<BodySummary>>("api/bodies"))!)
            heads.AppendLine($"{body.Id} {(await fixture.Http.GetFromJsonAsync<HeadView>($"api/bodies/{body.Id}/head"))!.Hash}");
        return heads.ToString();
    }

    private static async Task<HttpResponseMessage> Raw(FederationProblemsFixture f, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await f.Http.PostAsync(path, content);
    }

    private static Task<HttpResponseMessage> Elect(FederationProblemsFixture f, string cell, string by, string federation, params string[] candidates) =>
        f.Http.PostAsJsonAsync($"api/bodies/{cell}/elections", new { by, federation, candidates });

    private static Task<HttpResponseMessage> Petition(FederationProblemsFixture f, string cell, string by, string federation, string @delegate) =>
        f.Http.PostAsJsonAsync($"api/bodies/{cell}/recall-petitions", new { by, federation, @delegate });

    private static Task<HttpResponseMessage> Amend(FederationProblemsFixture f, string body, long motion, string by) =>
        f.Http.PostAsJsonAsync($"api/bodies/{body}/motions/{motion}/amendments", new { by, text = "Another text." });

    private static Task<HttpResponseMessage> Open(FederationProblemsFixture f, string body, string by, JsonObject? effect = null, string? matter = null) =>
        f.Http.PostAsJsonAsync($"api/bodies/{body}/motions", new { by, title = "A motion", effect, matter });

    private static async Task<HttpResponseMessage> RecallSubstituteAsync(FederationProblemsFixture f)
    {
        var chaim = (await f.Http.GetFromJsonAsync<BodyView>($"api/bodies/{C}"))!.Members.Single(m => m.Name == "Chaim").Key;
        return await Open(f, C, "clara", new JsonObject { ["delegate"] = chaim, ["federation"] = Federation, ["type"] = "delegate.recall" });
    }
}
