using Councils.Node;

namespace Councils.Cli.Verbs;

/// <summary><c>councils demo</c>: a node with a demo federation loaded, so a newcomer sees something real at once.</summary>
internal static class DemoVerb
{
    public static readonly Verb Verb = new("demo", "demo [--urls URL] [--data DIR]", "run a node with a demo federation loaded", RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var urls = c.Args.Optional("urls") ?? ServeVerb.DefaultUrls;
        c.Args.EnsureAllRead();
        var node = await c.OpenLocalAsync();
        if ((await node.ListBodiesAsync(c.Cancellation)).Count == 0)
        {
            await Demo.LoadAsync(node, c.Cancellation);
            await c.Out.WriteLineAsync($"Loaded the demo federation into {c.StorageOptions().DataFolder}.");
        }
        await ServeVerb.RunServerAsync(c, node, urls, demoAccounts: true);
        return 0;
    }
}
