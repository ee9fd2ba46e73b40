using Councils.Tests.Support;

namespace Councils.Tests.Pages;

public sealed class NewcomersAndResetSqliteTests : NewcomersAndResetTests
{
    protected override async Task<(RunningNode Node, IAsyncDisposable Storage)> StartDemoAsync(TimeProvider clock) =>
        (await RunningNode.StartDemoSqliteAsync(clock), new Nothing());

    private sealed class Nothing : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
