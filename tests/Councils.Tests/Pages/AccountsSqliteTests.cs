using Councils.Tests.Support;

namespace Councils.Tests.Pages;

public sealed class AccountsSqliteTests : AccountsTests
{
    protected override async Task<(RunningNode Node, IAsyncDisposable Storage)> StartDemoAsync() =>
        (await RunningNode.StartDemoSqliteAsync(), new Nothing());

    private sealed class Nothing : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
