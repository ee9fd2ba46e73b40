using Councils.Tests.Support;

namespace Councils.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public async Task NewUser_OnADataFolder_EveryVerbSucceedsWithReadableOutput()
    {
        using var data = new TempFolder();

        await NewUserFlow.RunAsync(["--data", data.Path]);
    }

    [Fact]
    public async Task NewUser_OnARunningNode_EveryVerbSucceedsWithReadableOutput()
    {
        await using var server = await RunningNode.StartSqliteAsync();

        await NewUserFlow.RunAsync(["--node", server.Url]);

        // The node, not some local folder, holds what the command line did.
        var body = await server.Node.GetBodyAsync(NewUserFlow.Body, CancellationToken.None);
        Assert.Equal(13, body.Head.Size);
    }

    [Fact]
    public async Task Help_NoVerb_ListsEveryVerbOnStandardOutput()
    {
        var run = await Command.RunAsync("--help");

        Assert.Equal(0, run.Code);
        Assert.Empty(run.Err);
        foreach (var verb in new[] { "serve", "demo", "body create", "member add", "motion open", "vote", "report", "motion close", "decision", "log", "export", "import", "verify", "rebuild",
            "motion amend", "federation join", "federation withdraw", "federation show", "delegates elect", "mandate", "recall petition", "recall open", "ratify" })
            Assert.Contains(run.OutLines, l => l.TrimStart().StartsWith(verb, StringComparison.Ordinal));
    }
}
