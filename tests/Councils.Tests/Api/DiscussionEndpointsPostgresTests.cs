using Councils.Tests.Support;

namespace Councils.Tests.Api;

public sealed class DiscussionEndpointsPostgresTests : DiscussionEndpointsTests
{
    protected override async Task<(RunningNode Node, IAsyncDisposable Storage)> StartAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        return (await RunningNode.StartPostgresAsync(database), database);
    }
}
