using System.Net.Http.Json;
using Councils.Domain.Record;
using Councils.Node.Views;
using Councils.Tests.Support;

namespace Councils.Tests.Api;

/// <summary>
/// A body in which every kind of bad input can be tried: members the node holds keys for (ana,
/// boris, vera, dora), one who signs for herself (Kit), a non-member from another body (zed), an open
/// motion ana has voted on and a decided one.
/// </summary>
public sealed class ProblemsFixture : IAsyncLifetime
{
    public const string Body = "problem-works";

    private RunningNode _server = null!;

    public HttpClient Http => _server.Http;

    public SelfSigner Kit { get; } = new(SigningKey.Generate());

    public long OpenMotion { get; private set; }

    public long DecidedMotion { get; private set; }

    public async Task InitializeAsync()
    {
        _server = await RunningNode.StartSqliteAsync();
        var founders = new object[] { new { name = "Ana" }, new { name = "Boris" }, new { name = "Vera" }, new { name = "Dora" }, new { name = "Kit", key = Kit.PublicKey } };
        await PostAsync("api/bodies", new { name = "Problem Works", kind = "workplace-committee", id = Body, founders });
        await PostAsync("api/bodies", new { name = "Elsewhere", kind = "neighbourhood-council", founders = new[] { new { name = "Zed" } } });
        OpenMotion = (await PostAsync<MotionView>($"api/bodies/{Body}/motions", new { by = "ana", title = "Paint the workshop" })).Id;
        await PostAsync($"api/bodies/{Body}/motions/{OpenMotion}/ballots", new { by = "ana", ballot = new { choice = "yes" } });
        DecidedMotion = (await PostAsync<MotionView>($"api/bodies/{Body}/motions", new { by = "ana", title = "Mend the roof" })).Id;
        foreach (var by in new[] { "ana", "boris", "vera" })
            await PostAsync($"api/bodies/{Body}/motions/{DecidedMotion}/ballots", new { by, ballot = new { choice = "yes" } });
        await PostAsync($"api/bodies/{Body}/motions/{DecidedMotion}/close", new { by = "ana" });
    }

    public async Task DisposeAsync()
    {
        Kit.Dispose();
        await _server.DisposeAsync();
    }

    private async Task PostAsync(string path, object request)
    {
        using var response = await Http.PostAsJsonAsync(path, request);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<T> PostAsync<T>(string path, object request)
    {
        using var response = await Http.PostAsJsonAsync(path, request);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
