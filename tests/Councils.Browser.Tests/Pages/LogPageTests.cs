using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Pages;

/// <summary>A body's log and "verify this log", by keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LogPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string> Sizes => ["phone", "wide"];

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task VerifyThisLog_KeyboardAlone_SaysTheLogHolds(string size)
    {
        var page = await OpenAsync("/bodies/huliaipole-commune/log", size == "phone" ? Viewports.Phone : Viewports.Wide);
        await AssertNoSeriousAxeViolationsAsync(page);

        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Verify this log" }));
        await page.Keyboard.PressAsync("Enter");

        await StepAsync(page, "the result says the log holds", async () =>
        {
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Verified: everything holds.");
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 log(s)");
        });
        await AssertNoSeriousAxeViolationsAsync(page);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download the export (JSON Lines)" })).ToHaveAttributeAsync("href", "/api/bodies/huliaipole-commune/log");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "body.created" })).ToBeVisibleAsync();
        if (size == "wide")
            await ScreenshotAsync(page, "log");
    }
}
