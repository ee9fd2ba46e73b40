using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Pages.Motions;

/// <summary>Under consent, an objection needs a reason: without one the form says so and keeps the choice.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsentTests(BrowserFixture fixture) : MotionTest(fixture)
{
    [Fact]
    public async Task Object_WithoutThenWithAReason_IsRefusedThenRecorded()
    {
        var path = await OpenMotionAsync("kharkiv-tram-workshop", "mykola-bondarenko", "Close the paint shop on Saturdays", Method("{\"type\":\"consent\"}"));
        var page = await SignInAsync("taras-melnyk", Viewports.Phone);
        await page.GotoAsync(path);

        await page.GetByRole(AriaRole.Radio, new() { Name = "object", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Cast my ballot" }).ClickAsync();

        await StepAsync(page, "the missing reason is shown next to the field, the choice kept", async () =>
        {
            await Expect(page.Locator("#Reason-error")).ToContainTextAsync("An objection states its reason");
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("the ballot must fit the motion's decision method");
            await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "object", Exact = true })).ToBeCheckedAsync();
        });
        await AssertNoSeriousAxeViolationsAsync(page);

        await page.GetByLabel("Reason").FillAsync("The Saturday crew finishes the tram bodies; close it on Mondays instead.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cast my ballot" }).ClickAsync();

        await StepAsync(page, "the objection is recorded with its reason", async () =>
        {
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your ballot is cast");
            await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Taras Melnyk" })).ToContainTextAsync("object: “The Saturday crew");
        });
    }
}
