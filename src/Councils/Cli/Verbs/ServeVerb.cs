using Councils.Accounts;
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

    // With demoAccounts, the demo's accounts are made (one per person, password DemoAccounts.Password).
    public static async Task RunServerAsync(CliContext c, Node.LocalNode node, string urls, bool demoAccounts = false)
    {
        await using var app = NodeServer.Build(node, urls, c.Error);
        await app.StartAsync(c.Cancellation);
        if (demoAccounts)
        {
            var count = await DemoAccounts.CreateAsync(app.Services, c.Cancellation);
            await c.Out.WriteLineAsync($"Demo accounts: {count} people, each signs in with their member id (for example olga-ivanova) and the password {DemoAccounts.Password}.");
        }
        foreach (var url in app.Urls)
            await c.Out.WriteLineAsync($"Councils is running at {url}/ (API at {url}/api/bodies, OpenAPI at {url}{NodeServer.OpenApiPath}). Press Ctrl+C to stop.");
        await c.Out.FlushAsync();
        await app.WaitForShutdownAsync(c.Cancellation);
    }
}
