using System.Text.RegularExpressions;
using Councils.Domain.Record;
using Councils.Tests.Support;

namespace Councils.Tests.Cli;

/// <summary>A log leaves a node as a file, is verified by anyone, and enters another node whole.</summary>
public sealed partial class ExportVerbTests : IAsyncLifetime
{
    private const string Body = NewUserFlow.Body;

    private readonly TempFolder _source = new();
    private readonly TempFolder _other = new();

    private string File => _source.File("red-star.jsonl");

    public async Task InitializeAsync()
    {
        await NewUserFlow.RunAsync(["--data", _source.Path]);
        var exported = await Command.OkAsync("export", "--body", Body, "--out", File, "--data", _source.Path);
        Assert.Equal($"Exported the log of {Body} to {File}.\n", exported.Out);
    }

    public Task DisposeAsync()
    {
        _source.Dispose();
        _other.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Export_VerifiedThenImportedElsewhere_TheOtherNodeVerifiesAndHoldsTheSameLog()
    {
        var lines = ExportFile.Lines(await System.IO.File.ReadAllBytesAsync(File)).ToList();
        Assert.Equal(13, lines.Count(l => !l.IsCheckpoint));
        Assert.True(lines[^1].IsCheckpoint, "the file ends with the checkpoint of the whole log");

        var verified = await Command.OkAsync("verify", File);
        Assert.Matches(Verified(), verified.Out);
        Assert.Contains("1 bodies, 13 events", verified.Out, StringComparison.Ordinal);
        Assert.Contains("1 decisions recounted", verified.Out, StringComparison.Ordinal);

        var imported = await Command.OkAsync("import", File, "--data", _other.Path);
        Assert.Equal($"Imported {Body}: 13 events and {lines.Count - 13} checkpoints, all verified.\n", imported.Out);

        var again = await Command.OkAsync("verify", "--data", _other.Path);
        Assert.Matches(Verified(), again.Out);
        Assert.Equal(
            (await Command.OkAsync("log", "--body", Body, "--json", "--data", _source.Path)).Out,
            (await Command.OkAsync("log", "--body", Body, "--json", "--data", _other.Path)).Out);
        Assert.Equal(
            (await Command.OkAsync("decision", "--body", Body, "--motion", "6", "--data", _source.Path)).Out,
            (await Command.OkAsync("decision", "--body", Body, "--motion", "6", "--data", _other.Path)).Out);
    }

    [Fact]
    public async Task Import_BodyAlreadyThere_ExitsTwoAndChangesNothing()
    {
        var run = await Command.RunAsync("import", File, "--data", _source.Path);

        Assert.Equal(2, run.Code);
        Assert.Equal($"councils: This node already holds the log of '{Body}'.\n", run.Err);
        Assert.Matches(Verified(), (await Command.OkAsync("verify", "--data", _source.Path)).Out);
    }

    [Fact]
    public async Task Verify_AnySingleByteFlipped_ExitsTwoAndNamesTheLine()
    {
        var original = await System.IO.File.ReadAllBytesAsync(File);
        var random = new Random(20261127);
        for (var trial = 0; trial < 24; trial++)
        {
            var position = random.Next(original.Length);
            var tampered = original.ToArray();
            tampered[position] ^= (byte)random.Next(1, 256);
            var path = _source.File($"tampered-{trial}.jsonl");
            await System.IO.File.WriteAllBytesAsync(path, tampered);
            var line = 1 + original.AsSpan(0, position).Count((byte)'\n');

            var run = await Command.RunAsync("verify", path);

            var context = $"byte {position} (line {line}) ^ {tampered[position] ^ original[position]}:\n{run}";
            Assert.True(run.Code == 2, context);
            Assert.StartsWith("NOT VERIFIED", run.Out, StringComparison.Ordinal);
            Assert.True(run.ErrLines.Length == 1 && run.Err.StartsWith("councils: verification failed: ", StringComparison.Ordinal), context);
            Assert.True(run.Err.Contains($"line {line},", StringComparison.Ordinal), context);
            var entry = ExportFile.Lines(original).ElementAt(line - 1);
            if (!entry.IsCheckpoint && original[position] != '\n')
                Assert.True(run.Err.Contains($"event {Entry.Parse(entry.Bytes).Seq},", StringComparison.Ordinal), context);
        }
    }

    [GeneratedRegex("^Verified: .* Everything holds\\.\n$")]
    private static partial Regex Verified();
}
