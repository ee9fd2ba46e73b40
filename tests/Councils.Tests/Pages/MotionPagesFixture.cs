using System.Collections.Concurrent;
using System.Net;
using Councils.Tests.Support;

namespace Councils.Tests.Pages;

/// <summary>
/// The demo on SQLite for the motion page tests, with one signed-in client per member, kept for the
/// whole class: sign-in is limited to a few a minute per address, and every test comes from loopback.
/// </summary>
public sealed class MotionPagesFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, PageClient> _clients = new(StringComparer.Ordinal);

    public RunningNode Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await RunningNode.StartDemoSqliteAsync();

    /// <summary>A client signed in as the demo account of <paramref name="member"/>; the fixture disposes it.</summary>
    public async Task<PageClient> SignedInAsync(string member)
    {
        if (_clients.TryGetValue(member, out var known))
            return known;
        var client = Server.NewPageClient();
        using var response = await client.SubmitAsync("/account/sign-in", "/account/sign-in", ("UserName", member), ("Password", "councils-demo"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return _clients.GetOrAdd(member, client);
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
            client.Dispose();
        await Server.DisposeAsync();
    }
}
