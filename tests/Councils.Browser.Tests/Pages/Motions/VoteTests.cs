using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Pages.Motions;

/// <summary>A member signs in and votes yes or no on an open motion, at phone and wide sizes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VoteTests(BrowserFixture fixture) : MotionTest(fixture)
{
    [Theory]
    [InlineData("phone", "yes")]
    [InlineData("wide", "no")]
    public async Task Vote_OnAnOpenMotion_IsConfirmedAndListed(string size, string choice)
    {
        var viewport = size == "phone" ? Viewports.Phone : Viewports.Wide;
        var path = await OpenMotionAsync("vyborg-side", "elena-smirnova", $"Plant lime trees on the embankment ({size})");
        var page = await SignInAsync("sofia-lebedeva", viewport);

        await page.GotoAsync(path);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your ballot" })).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync(page);
        if (size == "wide")
            await ScreenshotAsync(page, "motion");
        await page.GetByRole(AriaRole.Radio, new() { Name = choice, Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Cast my ballot" }).ClickAsync();

        await StepAsync(page, "the ballot is confirmed and listed", async () =>
        {
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your ballot is cast");
            await Expect(page.Locator("section[aria-labelledby=vote]")).ToContainTextAsync($"You voted: {choice}.");
            await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Sofia Lebedeva" })).ToContainTextAsync(choice);
        });
    }
}
