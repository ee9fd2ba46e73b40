using Councils.Api;

namespace Councils.Cli.Verbs;

/// <summary><c>councils serve</c>: runs a node until stopped.</summary>
internal static class ServeVerb
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static readonly Verb Verb = new("serve", "serve [--urls URL] [--data DIR | --postgres CONN]", "run a node", RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var urls = c.Args.Optional("urls") ?? DefaultUrls;
        c.Args.EnsureAllRead();
        var node = await c.OpenLocalAsync();
        await RunServerAsync(c, node, urls);
        return 0;
    }

    public static async Task RunServerAsync(CliContext c, Node.LocalNode node, string urls)
    {
        await using var app = NodeServer.Build(node, urls, c.Error);
        await app.StartAsync(c.Cancellation);
        foreach (var url in app.Urls)
            await c.Out.WriteLineAsync($"Councils is running at {url}/ (API at {url}/api/bodies, OpenAPI at {url}{NodeServer.OpenApiPath}). Press Ctrl+C to stop.");
        await c.Out.FlushAsync();
        await app.WaitForShutdownAsync(c.Cancellation);
    }
}
