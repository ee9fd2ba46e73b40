using Councils.Node;
using Councils.Node.Storage;
using Councils.Tests.Support;

namespace Councils.Tests.Cli;

public sealed class RebuildVerbTests
{
    [Fact]
    public async Task Rebuild_DemoAndANewCommittee_EveryBodyAndMotionShowsExactlyAsBefore()
    {
        using var data = new TempFolder();
        await using (var node = await LocalNode.OpenAsync(new StorageOptions(StorageProvider.Sqlite, data.Path), TimeProvider.System, CancellationToken.None))
            await Demo.LoadAsync(node, CancellationToken.None);
        await NewUserFlow.RunAsync(["--data", data.Path]);
        var before = await ShowEverythingAsync(data.Path);
        // The demo's cells open ten motions, their federating thirteen more, the federation three; the committee one.
        Assert.Equal(27, before.Keys.Count(k => k.StartsWith("motion show", StringComparison.Ordinal)));

        var rebuilt = await Command.OkAsync("rebuild", "--data", data.Path);

        Assert.Equal("Rebuilt the query tables of 6 bodies from their logs.\n", rebuilt.Out);
        var after = await ShowEverythingAsync(data.Path);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (what, output) in before)
            Assert.True(output == after[what], $"{what} changed:\n--- before\n{output}\n--- after\n{after[what]}");
        Assert.StartsWith("Verified: 6 bodies", (await Command.OkAsync("verify", "--data", data.Path)).Out, StringComparison.Ordinal);
    }

    /// <summary>What every read verb shows, in text and JSON, keyed by the command.</summary>
    private static async Task<Dictionary<string, string>> ShowEverythingAsync(string data)
    {
        var shown = new Dictionary<string, string>();
        async Task ShowAsync(params string[] words) =>
            shown[string.Join(' ', words)] = (await Command.OkAsync([.. words, "--data", data])).Out;

        await ShowAsync("body", "list");
        await ShowAsync("body", "list", "--json");
        var list = await Command.OkAsync("body", "list", "--data", data);
        foreach (var id in list.OutLines.Select(l => l.Split(' ')[0]))
        {
            await ShowAsync("body", "show", id);
            await ShowAsync("body", "show", id, "--json");
            var body = await Command.OkAsync("body", "show", id, "--data", data);
            foreach (var motion in body.OutLines.Where(l => l.StartsWith("  #", StringComparison.Ordinal)).Select(l => l[3..].Split(' ')[0]))
                await ShowAsync("motion", "show", "--body", id, "--motion", motion, "--json");
        }
        return shown;
    }
}
