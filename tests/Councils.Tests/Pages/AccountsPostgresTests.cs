using Councils.Tests.Support;

namespace Councils.Tests.Pages;

public sealed class AccountsPostgresTests : AccountsTests
{
    protected override async Task<(RunningNode Node, IAsyncDisposable Storage)> StartDemoAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        return (await RunningNode.StartDemoPostgresAsync(database), database);
    }
}
