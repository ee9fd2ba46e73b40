using Councils.Tests.Support;

namespace Councils.Tests.Pages;

public sealed class NewcomersAndResetPostgresTests : NewcomersAndResetTests
{
    protected override async Task<(RunningNode Node, IAsyncDisposable Storage)> StartDemoAsync(TimeProvider clock)
    {
        var database = await PostgresDatabase.CreateAsync();
        return (await RunningNode.StartDemoPostgresAsync(database, clock), database);
    }
}
