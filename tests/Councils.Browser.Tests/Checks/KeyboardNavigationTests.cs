namespace Councils.Browser.Tests.Checks;

/// <summary>Tabbing to an element must fail when the keyboard cannot reach it; the keyboard user chooses and selects with the arrow keys.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardNavigationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Page = """
        <!doctype html><html lang="en"><head><title>Keys</title></head><body><main>
        <a href="#one">One</a> <span id="mouse-only" onclick="void 0">Mouse only</span> <button id="last">Last</button>
        </main></body></html>
        """;

    private const string Form = """
        <!doctype html><html lang="en"><head><title>Keys</title></head><body><main>
        <a href="#one">One</a> <span role="button" onclick="void 0">Mouse only</span>
        <fieldset><legend>Choice</legend>
          <label><input type="radio" name="c" value="yes"> yes</label> <label><input type="radio" name="c" value="no"> no</label>
          <label><input type="radio" name="c" value="abstain"> abstain</label></fieldset>
        <label for="m">Method</label><select id="m"><option>majority</option><option>consent</option><option>approval</option></select>
        </main></body></html>
        """;

    [Fact]
    public async Task KeyboardUser_ButtonTheKeyboardCannotReach_FailsNamingItAndTheFocusPath()
    {
        var page = await NewPageAsync(Viewports.Phone);
        await page.SetContentAsync(Form);
        var user = new KeyboardUser(page, nameof(KeyboardUser_ButtonTheKeyboardCannotReach_FailsNamingItAndTheFocusPath));

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => user.PressButtonAsync("Mouse only"));

        Assert.Contains("The keyboard never reached the button named \"Mouse only\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("a \"One\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("select#m", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyboardUser_MissingControl_FailsSayingThereIsNone()
    {
        var page = await NewPageAsync(Viewports.Phone);
        await page.SetContentAsync(Form);
        var user = new KeyboardUser(page, nameof(KeyboardUser_MissingControl_FailsSayingThereIsNone));

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => user.FollowLinkAsync("Two"));

        Assert.Contains("is the link named \"Two\"", failure.Message, StringComparison.Ordinal);
        Assert.StartsWith("Nothing on ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyboardUser_ChooseAndSelect_UseTheArrowKeys()
    {
        var page = await NewPageAsync(Viewports.Phone);
        await page.SetContentAsync(Form);
        var user = new KeyboardUser(page, nameof(KeyboardUser_ChooseAndSelect_UseTheArrowKeys));

        await user.ChooseAsync("abstain");
        await user.SelectAsync("Method", "approval");

        Assert.True(await page.GetByRole(AriaRole.Radio, new() { Name = "abstain" }).IsCheckedAsync());
        Assert.Equal("approval", await page.Locator("#m").InputValueAsync());
    }

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
