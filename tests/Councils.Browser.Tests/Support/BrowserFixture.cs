using Councils.Accounts;
using Councils.Api;
using Councils.Node;
using Councils.Node.Storage;
using Microsoft.AspNetCore.Builder;

namespace Councils.Browser.Tests.Support;

/// <summary>
/// Once per run: a node with the demo loaded, served by real Kestrel on a free loopback port (SQLite in a
/// temporary folder), and Debian's Chromium driven by Playwright. Tests share both, and take a new browser
/// context each (see <see cref="BrowserTest"/>), so cookies never leak from one test to the next.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"councils-browser-{Guid.NewGuid():N}");
    private LocalNode? _node;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    /// <summary>The server's address, without a trailing slash.</summary>
    public string Url { get; private set; } = "";

    /// <summary>The same server named <c>localhost</c>: WebAuthn takes a domain, never an IP address, as the relying party.</summary>
    public string LocalhostUrl => Url.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

    /// <summary>The node behind the pages, to arrange what a test needs or check what a page did.</summary>
    public LocalNode Node => _node ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The server's services, to arrange what the pages read (say, accounts for a test's own bodies).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The fixture has not started.");

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {ChromiumPath}: apt-get install chromium (./test.sh does it).");
        if (!File.Exists(RepoRoot.AxeScript))
            throw new InvalidOperationException($"Browser tests need axe-core at {RepoRoot.AxeScript}: run npm ci in tests/Councils.Browser.Tests (./test.sh does it).");

        Directory.CreateDirectory(_folder);
        _node = await LocalNode.OpenAsync(new StorageOptions(StorageProvider.Sqlite, _folder), TimeProvider.System, CancellationToken.None);
        await Demo.LoadAsync(_node, CancellationToken.None);
        Url = FreePort.LoopbackUrl();
        // The suite acts as many people from one address within minutes; the limit itself is tested on its own node (SignInLimitTests).
        Environment.SetEnvironmentVariable("Accounts__SignInPermitsPerMinute", "200");
        _app = NodeServer.Build(_node, Url);
        await _app.StartAsync();
        // The demo's people sign in with their member id and DemoAccounts.Password, as `councils demo` serves them.
        await DemoAccounts.CreateAsync(_app.Services, CancellationToken.None);

        // Playwright's own browsers are never downloaded here: it drives the system's Chromium.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = LaunchArgs(),
        });
    }

    // Without the background-networking flags Chromium keeps calling home, and this machine's closed network refuses it.
    private static string[] LaunchArgs()
    {
        string[] args =
        [
            "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
        ];
        // Chromium's sandbox refuses to run as root.
        return Environment.UserName == "root" ? ["--no-sandbox", .. args] : args;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (_node is not null)
            await _node.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The folder is temporary anyway.
        }
    }
}
