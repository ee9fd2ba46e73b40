using Councils.Tests.Support;

namespace Councils.Tests.Api;

public sealed class DiscussionEndpointsSqliteTests : DiscussionEndpointsTests
{
    protected override async Task<(RunningNode Node, IAsyncDisposable Storage)> StartAsync() =>
        (await RunningNode.StartSqliteAsync(), new Nothing());

    private sealed class Nothing : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
