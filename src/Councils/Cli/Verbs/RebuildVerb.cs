namespace Councils.Cli.Verbs;

/// <summary><c>councils rebuild</c>: derive every query table again from the logs.</summary>
internal static class RebuildVerb
{
    public static readonly Verb Verb = new("rebuild", "rebuild [--data DIR | --postgres CONN]", "rebuild the query tables from the logs (stop the node first)", RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        c.Args.EnsureAllRead();
        var node = await c.OpenLocalAsync();
        var bodies = await node.RebuildAsync(c.Cancellation);
        await c.Out.WriteLineAsync($"Rebuilt the query tables of {bodies} bodies from their logs.");
        return 0;
    }
}
