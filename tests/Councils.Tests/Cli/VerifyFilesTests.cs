using Councils.Node;
using Councils.Node.Storage;
using Councils.Tests.Support;

namespace Councils.Tests.Cli;

/// <summary>Anyone holding the exports of a federation and its cells checks them together, without a node.</summary>
public sealed class VerifyFilesTests
{
    private static readonly string[] Demo = ["huliaipole-commune", "kharkiv-tram-workshop", "petrograd-federation", "putilov-works", "vyborg-side"];

    [Fact]
    public async Task Verify_TheDemosExportsTogether_ChecksTheFederationsCitationsOfItsCells()
    {
        using var data = new TempFolder();
        await LoadDemoAsync(data.Path);
        var files = await ExportAsync(data, Demo);

        var together = await Command.OkAsync(["verify", .. files]);
        var alone = await Command.OkAsync("verify", files[2]);

        Assert.StartsWith("Verified: 5 bodies, 218 events, 209 checkpoints, 22 decisions recounted, 22 citations of member bodies' logs checked.", together.Out, StringComparison.Ordinal);
        Assert.StartsWith("Verified: 1 bodies, 49 events", alone.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("citations", alone.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AFederationBesideAnotherLogUnderItsCellsId_FailsOnTheCitationAndExitsTwo()
    {
        using var data = new TempFolder();
        await LoadDemoAsync(data.Path);
        var federation = (await ExportAsync(data, ["petrograd-federation"]))[0];
        using var fork = new TempFolder();
        await Command.OkAsync("body", "create", "--name", "Putilov Works Committee", "--kind", "workplace-committee", "--id", "putilov-works", "--founder", "Someone Else", "--data", fork.Path);
        var forked = (await ExportAsync(fork, ["putilov-works"]))[0];

        var run = await Command.RunAsync(["verify", federation, forked]);

        Assert.Equal(2, run.Code);
        Assert.Contains("body petrograd-federation", run.Out, StringComparison.Ordinal);
        Assert.Contains("rule citation", run.Out, StringComparison.Ordinal);
        Assert.Contains("putilov-works", run.Err, StringComparison.Ordinal);
    }

    private static async Task LoadDemoAsync(string folder)
    {
        await using var node = await LocalNode.OpenAsync(new StorageOptions(StorageProvider.Sqlite, folder), TimeProvider.System, CancellationToken.None);
        await Councils.Node.Demo.LoadAsync(node, CancellationToken.None);
    }

    private static async Task<string[]> ExportAsync(TempFolder data, string[] bodies)
    {
        var files = new List<string>();
        foreach (var body in bodies)
        {
            var file = data.File($"{body}.jsonl");
            await Command.OkAsync("export", "--body", body, "--out", file, "--data", data.Path);
            files.Add(file);
        }
        return [.. files];
    }
}
