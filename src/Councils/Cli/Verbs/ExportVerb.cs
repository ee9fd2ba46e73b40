namespace Councils.Cli.Verbs;

/// <summary><c>councils export</c>: write a body's log to a file.</summary>
internal static class ExportVerb
{
    public static readonly Verb Verb = new("export", "export --body ID [--out FILE]", "export a body's log as JSON Lines (to standard output without --out)", RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var body = c.Args.Required("body");
        var file = c.Args.Optional("out");
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        if (file is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await node.ExportAsync(body, stdout, c.Cancellation);
            return 0;
        }
        var temporary = file + ".partial";
        await using (var stream = File.Create(temporary))
            await node.ExportAsync(body, stream, c.Cancellation);
        File.Move(temporary, file, overwrite: true);
        await c.Out.WriteLineAsync($"Exported the log of {body} to {file}.");
        return 0;
    }
}
