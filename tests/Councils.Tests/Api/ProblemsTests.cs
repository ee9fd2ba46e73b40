using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Councils.Domain.Record;
using Councils.Node.Views;
using Councils.Tests.Support;

namespace Councils.Tests.Api;

/// <summary>
/// Every kind of bad input gets an RFC 9457 problem detail whose type names the rule
/// (urn:councils:rule:&lt;code&gt;), with the rule, a detail, the field where the rule names one,
/// and changes nothing.
/// </summary>
public sealed class ProblemsTests(ProblemsFixture fixture) : IClassFixture<ProblemsFixture>
{
    private const string Body = ProblemsFixture.Body;

    private delegate Task<HttpResponseMessage> Send(ProblemsFixture f);

    // Names: something the detail must mention, such as the value or member at fault.
    private sealed record Case(Send Send, int Status, string Rule, string? Field, string Names);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["malformed JSON"] = new(f => Raw(f, $"api/bodies/{Body}/motions/{f.OpenMotion}/ballots", """{"by":"boris","ballot":{"choice":"yes"}"""), 400, "json", "$", "$"),
        ["a wrong JSON type"] = new(f => Raw(f, $"api/bodies/{Body}/motions/{f.OpenMotion}/ballots", """{"by":"boris","ballot":"yes"}"""), 400, "json", "$.ballot", "$.ballot"),
        ["a missing member"] = new(f => Raw(f, $"api/bodies/{Body}/motions/{f.OpenMotion}/ballots", """{"by":"boris"}"""), 400, "json", "$", "'ballot'"),
        ["a null member"] = new(f => Raw(f, $"api/bodies/{Body}/motions/{f.OpenMotion}/ballots", """{"by":"boris","ballot":null}"""), 400, "json", "$.ballot", "$.ballot"),
        ["a null title"] = new(f => Raw(f, $"api/bodies/{Body}/motions", """{"by":"boris","title":null}"""), 400, "json", "$.title", "$.title"),
        ["an unknown body"] = new(f => Ballot(f, "no-such-body", 1, "boris", "yes"), 404, "unknown-body", "body", "no-such-body"),
        ["an unknown motion"] = new(f => Ballot(f, Body, 999, "boris", "yes"), 404, "unknown-motion", "payload.motion", "999"),
        ["an unknown member"] = new(f => Ballot(f, Body, f.OpenMotion, "nobody", "yes"), 404, "unknown-member", "by", "nobody"),
        ["a vote by a non-member"] = new(f => Ballot(f, Body, f.OpenMotion, "zed", "yes"), 422, "not-a-member", null, "member of problem-works"),
        ["a second vote by the same member"] = new(f => Ballot(f, Body, f.OpenMotion, "ana", "no"), 422, "ballot-duplicate", null, "Ana"),
        ["a vote after the decision"] = new(f => Ballot(f, Body, f.DecidedMotion, "dora", "no"), 422, "motion-closed", null, "decided"),
        ["an invalid ballot choice"] = new(f => Ballot(f, Body, f.OpenMotion, "boris", "maybe"), 422, "ballot-invalid", "payload.ballot.choice", "maybe"),
        ["a report by a non-member"] = new(f => f.Http.PostAsJsonAsync($"api/bodies/{Body}/motions/{f.OpenMotion}/minority-reports", new { by = "zed", text = "No." }), 422, "not-a-member", null, "member of problem-works"),
        ["a contribution by a non-member"] = new(f => f.Http.PostAsJsonAsync($"api/bodies/{Body}/motions/{f.OpenMotion}/discussion", new { by = "zed", text = "No." }), 422, "not-a-member", null, "member of problem-works"),
        ["a blank contribution"] = new(f => f.Http.PostAsJsonAsync($"api/bodies/{Body}/motions/{f.OpenMotion}/discussion", new { by = "boris", text = "  " }), 400, "payload-invalid", "payload.text", "cannot be empty"),
        ["a contribution without its text"] = new(f => Raw(f, $"api/bodies/{Body}/motions/{f.OpenMotion}/discussion", """{"by":"boris"}"""), 400, "json", "$", "'text'"),
        ["a contribution after the decision"] = new(f => f.Http.PostAsJsonAsync($"api/bodies/{Body}/motions/{f.DecidedMotion}/discussion", new { by = "dora", text = "Why?" }), 422, "motion-closed", null, "decided"),
        ["an answer to no contribution"] = new(f => f.Http.PostAsJsonAsync($"api/bodies/{Body}/motions/{f.OpenMotion}/discussion", new { by = "boris", text = "Why?", answers = f.OpenMotion + 1 }), 404, "unknown-contribution", "payload.answers", "no contribution"),
        ["an early close that is not settled"] = new(f => f.Http.PostAsJsonAsync($"api/bodies/{Body}/motions/{f.OpenMotion}/close", new { by = "ana" }), 422, "not-settled", null, "open until"),
        ["a request to edit the charter"] = new(f => f.Http.PutAsJsonAsync($"api/bodies/{Body}/charter", new { openForSeconds = 60 }), 422, "charter-by-decision-only", "charter", "charter.amend"),
        ["a self-signed entry that is not canonical"] = new(NonCanonicalAsync, 400, "entry-format", null, "canonical"),
        ["a self-signed entry that is badly signed"] = new(BadlySignedAsync, 422, "signature", "sig", "signature"),
        ["a self-signed entry at a stale position"] = new(StaleAsync, 409, "log-head-moved", "event.seq", "position"),
        ["a self-signed charter.amended"] = new(CharterAmendedAsync, 422, "charter-by-decision-only", "kind", "charter.amended"),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task BadInput_IsRefused_WithAProblemNamingTheRuleAndNothingChanges(string name)
    {
        var (send, status, rule, field, names) = Cases[name];
        var before = await HeadAsync();
        var ballotsBefore = await BallotsAsync();

        using var response = await send(fixture);

        var problem = await ProblemAssert.IsAsync(response, status, rule, field);
        Assert.Contains(names, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(response.RequestMessage!.RequestUri!.AbsolutePath, problem.GetProperty("instance").GetString());
        var after = await HeadAsync();
        Assert.Equal((before.Size, before.Hash, before.Root), (after.Size, after.Hash, after.Root));
        Assert.Equal(ballotsBefore, await BallotsAsync());
    }

    private async Task<HeadView> HeadAsync() => (await fixture.Http.GetFromJsonAsync<HeadView>($"api/bodies/{Body}/head"))!;

    private async Task<int> BallotsAsync() => (await fixture.Http.GetFromJsonAsync<MotionView>($"api/bodies/{Body}/motions/{fixture.OpenMotion}"))!.BallotsCast;

    private static async Task<HttpResponseMessage> Raw(ProblemsFixture f, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await f.Http.PostAsync(path, content);
    }

    private static Task<HttpResponseMessage> Ballot(ProblemsFixture f, string body, long motion, string by, string choice) =>
        f.Http.PostAsJsonAsync($"api/bodies/{body}/motions/{motion}/ballots", new { by, ballot = new { choice } });

    /// <summary>Kit's ballot on the open motion, signed and placed right; each case spoils it in one way.</summary>
    private static Task<Entry> KitsBallotAsync(ProblemsFixture f) =>
        f.Kit.AtHeadAsync(f.Http, Body, "ballot.cast", new JsonObject { ["ballot"] = new JsonObject { ["choice"] = "yes" }, ["motion"] = f.OpenMotion });

    private static async Task<HttpResponseMessage> NonCanonicalAsync(ProblemsFixture f)
    {
        var text = (await KitsBallotAsync(f)).ToString();
        return await SelfSigner.PostAsync(f.Http, Body, text.Replace("{\"event\":", "{ \"event\": ", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> BadlySignedAsync(ProblemsFixture f)
    {
        // Kit's own signature, but over another event: canonical, well formed, and wrong.
        var entry = await KitsBallotAsync(f);
        var other = Entry.Create(Body, entry.Seq, entry.Prev, entry.At + 1, entry.Kind, entry.Payload, f.Kit.Key);
        var text = entry.ToString().Replace(Sig(entry), Sig(other), StringComparison.Ordinal);
        Assert.NotEqual(entry.ToString(), text);
        return await SelfSigner.PostAsync(f.Http, Body, text);
    }

    private static async Task<HttpResponseMessage> StaleAsync(ProblemsFixture f)
    {
        // Signed correctly, but at the position of the log's last entry, which is taken.
        var head = (await f.Http.GetFromJsonAsync<HeadView>($"api/bodies/{Body}/head"))!;
        var last = (await ExportedEntriesAsync(f)).Last();
        Assert.Equal(head.Size - 1, last.Seq);
        var stale = Entry.Create(Body, last.Seq, last.Prev, head.LastAt, "ballot.cast",
            new JsonObject { ["ballot"] = new JsonObject { ["choice"] = "yes" }, ["motion"] = f.OpenMotion }, f.Kit.Key);
        return await SelfSigner.PostAsync(f.Http, Body, stale.Bytes);
    }

    private static async Task<HttpResponseMessage> CharterAmendedAsync(ProblemsFixture f)
    {
        var body = (await f.Http.GetFromJsonAsync<BodyView>($"api/bodies/{Body}"))!;
        var charter = body.Charter.DeepClone().AsObject();
        charter["openForSeconds"] = 60;
        var entry = await f.Kit.AtHeadAsync(f.Http, Body, "charter.amended", new JsonObject { ["charter"] = charter });
        return await SelfSigner.PostAsync(f.Http, Body, entry.Bytes);
    }

    private static async Task<List<Entry>> ExportedEntriesAsync(ProblemsFixture f)
    {
        var export = await f.Http.GetByteArrayAsync($"api/bodies/{Body}/log");
        return [.. ExportFile.Lines(export).Where(l => !l.IsCheckpoint).Select(l => Entry.Parse(l.Bytes))];
    }

    private static string Sig(Entry entry) => Convert.ToBase64String(entry.Signature.Span).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
