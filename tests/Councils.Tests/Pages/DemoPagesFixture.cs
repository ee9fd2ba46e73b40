using Councils.Tests.Support;

namespace Councils.Tests.Pages;

/// <summary>The demo on SQLite, served once for a class of page tests that only read.</summary>
public sealed class DemoPagesFixture : IAsyncLifetime
{
    public RunningNode Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await RunningNode.StartDemoSqliteAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
