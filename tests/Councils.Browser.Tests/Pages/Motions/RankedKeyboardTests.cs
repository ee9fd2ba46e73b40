using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Pages.Motions;

/// <summary>The whole flow by keyboard alone: sign in, rank the options by number, cast the ballot.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RankedKeyboardTests(BrowserFixture fixture) : MotionTest(fixture)
{
    [Fact]
    public async Task RankedBallot_ByKeyboardAlone_IsCast()
    {
        var path = await OpenMotionAsync("vyborg-side", "elena-smirnova", "Name the new bakery",
            Method("{\"type\":\"schulze\",\"options\":[\"Bread and Roses\",\"Vyborg Loaf\",\"The Commune\"],\"strength\":\"winning\",\"statusQuo\":null,\"threshold\":null}"));
        var page = await OpenAsync("/account/sign-in?ReturnUrl=" + Uri.EscapeDataString(path), Viewports.Wide);

        await TabToAsync(page, "#UserName");
        await page.Keyboard.TypeAsync("arkady-novikov");
        await TabToAsync(page, "#Password");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        await StepAsync(page, "signed in, back on the motion", () => Expect(page.GetByRole(AriaRole.Group, new() { Name = "Rank the options" })).ToBeVisibleAsync());

        await TabToAsync(page, page.GetByLabel("Rank of The Commune"));
        await page.Keyboard.TypeAsync("1");
        await TabToAsync(page, page.GetByLabel("Rank of Bread and Roses"));
        await page.Keyboard.TypeAsync("2");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Cast my ballot" }));
        await page.Keyboard.PressAsync("Enter");

        await StepAsync(page, "the ranking is recorded", async () =>
        {
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your ballot is cast");
            await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Arkady Novikov" })).ToContainTextAsync("The Commune > Bread and Roses");
        });
    }
}
