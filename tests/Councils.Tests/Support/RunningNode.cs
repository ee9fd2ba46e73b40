using Councils.Accounts;
using Councils.Api;
using Councils.Node;
using Councils.Node.Storage;
using Microsoft.AspNetCore.Builder;

namespace Councils.Tests.Support;

/// <summary>
/// A node served by real Kestrel on a free loopback port, in this process: SQLite in a temporary
/// folder, or a PostgreSQL database the caller owns. Disposing stops the server and closes the node.
/// </summary>
public sealed class RunningNode : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempFolder? _folder;

    private RunningNode(LocalNode node, WebApplication app, TempFolder? folder, string url)
    {
        Node = node;
        _app = app;
        _folder = folder;
        Url = url;
        Http = new HttpClient { BaseAddress = new Uri(url + "/"), Timeout = TimeSpan.FromMinutes(2) };
    }

    public LocalNode Node { get; }

    /// <summary>The server's address, without a trailing slash.</summary>
    public string Url { get; }

    /// <summary>A client whose base address is the server's.</summary>
    public HttpClient Http { get; }

    public StorageOptions Storage { get; private init; } = null!;

    /// <summary>A node on SQLite in a new temporary folder.</summary>
    public static async Task<RunningNode> StartSqliteAsync()
    {
        var folder = new TempFolder();
        return await StartAsync(new StorageOptions(StorageProvider.Sqlite, folder.Path), folder);
    }

    /// <summary>A node on PostgreSQL: the database is the caller's to drop after this node is disposed.</summary>
    public static async Task<RunningNode> StartPostgresAsync(PostgresDatabase database)
    {
        var folder = new TempFolder();
        return await StartAsync(new StorageOptions(StorageProvider.Postgres, folder.Path, database.ConnectionString), folder);
    }

    /// <summary>A node on storage the caller owns (say, a second node on the same data folder or database).</summary>
    public static Task<RunningNode> StartAsync(StorageOptions options) => StartAsync(options, null);

    /// <summary>The demo on SQLite in a new temporary folder, with its accounts, as <c>councils demo</c> serves it.</summary>
    public static async Task<RunningNode> StartDemoSqliteAsync(TimeProvider? clock = null)
    {
        var folder = new TempFolder();
        return await StartAsync(new StorageOptions(StorageProvider.Sqlite, folder.Path), folder, demo: true, clock);
    }

    /// <summary>The demo with its accounts on PostgreSQL: the database is the caller's to drop after this node is disposed.</summary>
    public static async Task<RunningNode> StartDemoPostgresAsync(PostgresDatabase database, TimeProvider? clock = null)
    {
        var folder = new TempFolder();
        return await StartAsync(new StorageOptions(StorageProvider.Postgres, folder.Path, database.ConnectionString), folder, demo: true, clock);
    }

    private static async Task<RunningNode> StartAsync(StorageOptions options, TempFolder? folder, bool demo = false, TimeProvider? clock = null)
    {
        var node = await LocalNode.OpenAsync(options, clock ?? TimeProvider.System, CancellationToken.None);
        if (demo)
            await Demo.LoadAsync(node, CancellationToken.None);
        var url = FreePort.LoopbackUrl();
        var app = NodeServer.Build(node, url);
        await app.StartAsync();
        if (demo)
            await DemoAccounts.CreateAsync(app.Services, CancellationToken.None);
        return new RunningNode(node, app, folder, url) { Storage = options };
    }

    /// <summary>A browser-like client of this server: keeps its own cookies and does not follow redirects.</summary>
    public PageClient NewPageClient() => new(Url);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Node.DisposeAsync();
        _folder?.Dispose();
    }
}
