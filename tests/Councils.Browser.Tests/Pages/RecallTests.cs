using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Pages;

/// <summary>A member of the Kharkiv tram workshop supports recalling its delegate, sees the support counted, and opens the recall motion (only this test recalls there).</summary>
[Collection(BrowserCollection.Name)]
public sealed class RecallTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Recall_PetitionThenMotion_SupportShownAndMotionOpened()
    {
        var cell = await Fixture.Node.GetBodyAsync("kharkiv-tram-workshop", CancellationToken.None);
        var holder = cell.Federations.Single().Seats.First(s => s.Holder is not null).Holder!.Name;
        var page = await NewPageAsync(Viewports.Wide);
        await SignIn.AsAsync(page, Fixture.Url, "iryna-kovalenko");
        await page.GotoAsync("/bodies/kharkiv-tram-workshop/delegates");

        await StepAsync(page, "the rule is shown", async () =>
            await Expect(page.Locator("main")).ToContainTextAsync("Rule: a recall motion opens once 1 member(s) support it"));
        await page.GetByRole(AriaRole.Button, new() { Name = $"Support recalling {holder}" }).ClickAsync();

        await StepAsync(page, "the support is recorded and counted", async () =>
        {
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your support for the recall is recorded");
            await Expect(page.Locator("main")).ToContainTextAsync("held; recall petitioned by 1 of the 1 members needed");
        });
        await page.GetByRole(AriaRole.Button, new() { Name = $"Open the recall motion for {holder}" }).ClickAsync();

        await StepAsync(page, "the recall motion is open", async () =>
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The motion is open"));
        var href = await page.GetByRole(AriaRole.Status).GetByRole(AriaRole.Link).GetAttributeAsync("href");
        var motion = await Fixture.Node.GetMotionAsync("kharkiv-tram-workshop", long.Parse(href!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
        Assert.Equal("delegate.recall", motion.Effect?["type"]?.GetValue<string>());
    }
}
