using System.Runtime.CompilerServices;

namespace Councils.Browser.Tests.Support;

/// <summary>
/// The base of every browser test class. Each page comes from a browser context of its own, closed after the
/// test. Derived classes must carry <c>[Collection(BrowserCollection.Name)]</c> and take a
/// <see cref="BrowserFixture"/> in their constructor.
/// </summary>
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected BrowserFixture Fixture => fixture;

    /// <summary>A blank page in a new context (so a new session: two members are two pages).</summary>
    protected async Task<IPage> NewPageAsync(ViewportSize viewport)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport,
            BaseURL = fixture.Url,
            Locale = "en-GB",
            // axe-core goes in as an inline script, which a strict Content-Security-Policy would refuse.
            BypassCSP = true,
        });
        context.SetDefaultTimeout(15_000);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>A new page at <paramref name="path"/> (say "/"), failing unless the server answered 2xx.</summary>
    protected async Task<IPage> OpenAsync(string path, ViewportSize viewport)
    {
        var page = await NewPageAsync(viewport);
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status} {response?.StatusText}.");
        return page;
    }

    /// <summary>Fails, listing each violation, its help and the elements, if axe-core finds a serious or critical one.</summary>
    protected static Task AssertNoSeriousAxeViolationsAsync(IPage page, [CallerMemberName] string test = "") =>
        Axe.AssertNoSeriousViolationsAsync(page, test);

    /// <summary>Writes docs/screenshots/<paramref name="name"/>.png at <paramref name="viewport"/> (wide by default); returns its path.</summary>
    protected static Task<string> ScreenshotAsync(IPage page, string name, ViewportSize? viewport = null) =>
        Screenshots.SaveAsync(page, name, viewport);

    /// <summary>Presses Tab until <paramref name="target"/> has the focus, failing after <paramref name="maxPresses"/>.</summary>
    protected static Task TabToAsync(IPage page, ILocator target, int maxPresses = 60, [CallerMemberName] string test = "") =>
        KeyboardNavigation.TabToAsync(page, target, maxPresses, test);

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> (any Playwright selector) has the focus.</summary>
    protected static Task TabToAsync(IPage page, string selector, int maxPresses = 60, [CallerMemberName] string test = "") =>
        KeyboardNavigation.TabToAsync(page, page.Locator(selector), maxPresses, test);

    /// <summary>
    /// Runs a step of a flow; if it throws (a Playwright or xUnit assertion, a timeout), fails with a screenshot of the
    /// page attached to the message.
    /// </summary>
    protected static async Task StepAsync(IPage page, string step, Func<Task> action, [CallerMemberName] string test = "")
    {
        try
        {
            await action();
        }
        catch (Exception e) when (!e.Message.Contains("Screenshot: ", StringComparison.Ordinal))
        {
            var shot = await Screenshots.FailureAsync(page, test);
            Assert.Fail($"{step}: {e.Message}{Environment.NewLine}Screenshot: {shot}");
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
            await context.CloseAsync();
    }
}
