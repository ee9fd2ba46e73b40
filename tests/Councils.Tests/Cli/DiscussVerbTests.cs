using Councils.Tests.Support;

namespace Councils.Tests.Cli;

/// <summary><c>councils discuss</c>: a contribution and an answer, on a data folder and through a running node; a refusal is one line.</summary>
public sealed class DiscussVerbTests
{
    [Fact]
    public async Task Discuss_OnADataFolder_PostsAndAnswersAndMotionShowListsBoth()
    {
        using var data = new TempFolder();

        await FlowAsync(["--data", data.Path]);
    }

    [Fact]
    public async Task Discuss_OnARunningNode_PostsAndAnswersThroughTheApi()
    {
        await using var server = await RunningNode.StartSqliteAsync();

        await FlowAsync(["--node", server.Url]);

        var motion = await server.Node.GetMotionAsync("tool-room", 2, CancellationToken.None);
        Assert.Equal([(null, "Who turns on it?"), ((long?)3, "Boris trains.")], motion.Discussion.Select(c => (c.Answers, c.Text)));
    }

    private static async Task FlowAsync(string[] target)
    {
        await Command.OkAsync(["body", "create", "--name", "Tool Room", "--kind", "workplace-committee", "--founder", "Ana", .. target]);
        await Command.OkAsync(["member", "add", "--body", "tool-room", "--by", "ana", "--name", "Boris", .. target]);
        await Command.OkAsync(["motion", "open", "--body", "tool-room", "--by", "ana", "--title", "Buy a lathe", .. target]);

        var asked = await Command.OkAsync(["discuss", "--body", "tool-room", "--motion", "2", "--by", "boris", "--text", "Who turns on it?", .. target]);
        var answered = await Command.OkAsync(["discuss", "--body", "tool-room", "--motion", "2", "--by", "ana", "--answers", "3", "--text", "Boris trains.", .. target]);
        var blank = await Command.RunAsync(["discuss", "--body", "tool-room", "--motion", "2", "--by", "ana", "--text", " ", .. target]);
        var shown = await Command.OkAsync(["motion", "show", "--body", "tool-room", "--motion", "2", .. target]);

        Assert.Equal("Contribution posted to the discussion of motion 2 of tool-room as event 3.\n", asked.Out);
        Assert.Equal("Contribution posted to the discussion of motion 2 of tool-room as event 4, in answer to event 3.\n", answered.Out);
        Assert.Equal((2, "councils: A contribution cannot be empty.\n"), (blank.Code, blank.Err));
        Assert.Contains("Discussion, event 3, Boris: Who turns on it?", shown.OutLines);
        Assert.Contains("Discussion, event 4, Ana in answer to event 3: Boris trains.", shown.OutLines);
    }
}
