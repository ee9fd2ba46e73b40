namespace Councils.Browser.Tests.Checks;

/// <summary>Tabbing to an element must fail when the keyboard cannot reach it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardNavigationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Page = """
        <!doctype html><html lang="en"><head><title>Keys</title></head><body><main>
        <a href="#one">One</a> <span id="mouse-only" onclick="void 0">Mouse only</span> <button id="last">Last</button>
        </main></body></html>
        """;

    [Fact]
    public async Task TabTo_FocusableElement_Arrives()
    {
        var page = await NewPageAsync(Viewports.Phone);
        await page.SetContentAsync(Page);

        await TabToAsync(page, "#last", maxPresses: 5);

        Assert.Equal("last", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task TabTo_ElementTheKeyboardCannotReach_FailsListingTheFocusPath()
    {
        var page = await NewPageAsync(Viewports.Phone);
        await page.SetContentAsync(Page);

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => TabToAsync(page, "#mouse-only", maxPresses: 4));

        Assert.Contains("after 4 presses", failure.Message, StringComparison.Ordinal);
        Assert.Contains("a \"One\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("button#last", failure.Message, StringComparison.Ordinal);
    }
}
