using System.Text.Json;
using Councils.Node;
using Councils.Node.Requests;
using Councils.Node.Views;

namespace Councils.Cli;

/// <summary>A node reached over its HTTP API: the command line's way to act on a running node.</summary>
internal sealed class RemoteNode(Uri baseAddress) : INode, IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(10) };

    public Task<IReadOnlyList<BodySummary>> ListBodiesAsync(CancellationToken ct) => GetAsync<IReadOnlyList<BodySummary>>("api/bodies", ct);

    public Task<BodyView> GetBodyAsync(string body, CancellationToken ct) => GetAsync<BodyView>($"api/bodies/{E(body)}", ct);

    public Task<BodyView> CreateBodyAsync(CreateBody request, CancellationToken ct) => PostAsync<BodyView>("api/bodies", request, ct);

    public Task<MemberView> AddMemberAsync(string body, AddMember request, CancellationToken ct) =>
        PostAsync<MemberView>($"api/bodies/{E(body)}/members", request, ct);

    public Task<MotionView> OpenMotionAsync(string body, OpenMotion request, CancellationToken ct) =>
        PostAsync<MotionView>($"api/bodies/{E(body)}/motions", request, ct);

    public Task<MotionView> GetMotionAsync(string body, long motion, CancellationToken ct) =>
        GetAsync<MotionView>($"api/bodies/{E(body)}/motions/{motion}", ct);

    public Task<AppendResult> CastBallotAsync(string body, long motion, CastBallot request, CancellationToken ct) =>
        PostAsync<AppendResult>($"api/bodies/{E(body)}/motions/{motion}/ballots", request, ct);

    public Task<AppendResult> AttachMinorityReportAsync(string body, long motion, AttachMinorityReport request, CancellationToken ct) =>
        PostAsync<AppendResult>($"api/bodies/{E(body)}/motions/{motion}/minority-reports", request, ct);

    public Task<AppendResult> PostContributionAsync(string body, long motion, PostContribution request, CancellationToken ct) =>
        PostAsync<AppendResult>($"api/bodies/{E(body)}/motions/{motion}/discussion", request, ct);

    public Task<MotionView> CloseMotionAsync(string body, long motion, CloseMotion request, CancellationToken ct) =>
        PostAsync<MotionView>($"api/bodies/{E(body)}/motions/{motion}/close", request, ct);

    public Task<MotionView> ElectDelegatesAsync(string body, ElectDelegates request, CancellationToken ct) =>
        PostAsync<MotionView>($"api/bodies/{E(body)}/elections", request, ct);

    public Task<AppendResult> PetitionRecallAsync(string body, PetitionRecall request, CancellationToken ct) =>
        PostAsync<AppendResult>($"api/bodies/{E(body)}/recall-petitions", request, ct);

    public Task<MotionView> AmendMotionAsync(string body, long motion, AmendMotion request, CancellationToken ct) =>
        PostAsync<MotionView>($"api/bodies/{E(body)}/motions/{motion}/amendments", request, ct);

    public async Task<AppendResult> AppendSignedAsync(string body, ReadOnlyMemory<byte> entry, CancellationToken ct)
    {
        using var content = new ReadOnlyMemoryContent(entry);
        content.Headers.ContentType = new("application/json");
        using var response = await _http.PostAsync($"api/bodies/{E(body)}/log", content, ct);
        return await ReadAsync<AppendResult>(response, ct);
    }

    public Task<HeadView> GetHeadAsync(string body, CancellationToken ct) => GetAsync<HeadView>($"api/bodies/{E(body)}/head", ct);

    public async Task ExportAsync(string body, Stream destination, CancellationToken ct)
    {
        using var response = await _http.GetAsync($"api/bodies/{E(body)}/log", HttpCompletionOption.ResponseHeadersRead, ct);
        await EnsureAsync(response, ct);
        await response.Content.CopyToAsync(destination, ct);
    }

    public async Task<ImportResult> ImportAsync(Stream source, CancellationToken ct)
    {
        using var content = new StreamContent(source);
        content.Headers.ContentType = new("application/x-ndjson");
        using var response = await _http.PostAsync("api/import", content, ct);
        return await ReadAsync<ImportResult>(response, ct);
    }

    public async Task<VerifyReport> VerifyAsync(CancellationToken ct)
    {
        using var response = await _http.PostAsync("api/verify", null, ct);
        return await ReadAsync<VerifyReport>(response, ct);
    }

    public Task<InclusionProofView> GetInclusionProofAsync(string body, long seq, long? size, CancellationToken ct) =>
        GetAsync<InclusionProofView>($"api/bodies/{E(body)}/proofs/inclusion?seq={seq}{(size is { } s ? $"&size={s}" : "")}", ct);

    public Task<ConsistencyProofView> GetConsistencyProofAsync(string body, long from, long? to, CancellationToken ct) =>
        GetAsync<ConsistencyProofView>($"api/bodies/{E(body)}/proofs/consistency?from={from}{(to is { } t ? $"&to={t}" : "")}", ct);

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string E(string segment) => Uri.EscapeDataString(segment);

    private async Task<T> GetAsync<T>(string path, CancellationToken ct)
    {
        using var response = await _http.GetAsync(path, ct);
        return await ReadAsync<T>(response, ct);
    }

    private async Task<T> PostAsync<T>(string path, object request, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync(path, request, Json, ct);
        return await ReadAsync<T>(response, ct);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        await EnsureAsync(response, ct);
        return await response.Content.ReadFromJsonAsync<T>(Json, ct) ?? throw new InvalidOperationException("The node answered with an empty body.");
    }

    private static async Task EnsureAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
            return;
        string? rule = null;
        var message = $"the node answered {(int)response.StatusCode} {response.ReasonPhrase}";
        try
        {
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            if (problem.RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { } d)
                message = d;
            else if (problem.RootElement.TryGetProperty("title", out var title) && title.GetString() is { } t)
                message = t;
            if (problem.RootElement.TryGetProperty("rule", out var r))
                rule = r.GetString();
        }
        catch (JsonException)
        {
            // Not a problem detail: the status line says enough.
        }
        throw new RemoteProblem((int)response.StatusCode, rule, message);
    }
}
