namespace Councils.Cli.Verbs;

/// <summary><c>councils import</c>: verify an exported log and store it on this node.</summary>
internal static class ImportVerb
{
    public static readonly Verb Verb = new("import", "import FILE", "verify an exported log whole and store it on this node", RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var file = c.Args.Word(0, "the file to import");
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        await using var stream = File.OpenRead(file);
        return await c.PrintAsync(await node.ImportAsync(stream, c.Cancellation),
            r => $"Imported {r.Body}: {r.Events} events and {r.Checkpoints} checkpoints, all verified.");
    }
}
