using Councils.Node.Requests;
using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Pages;

/// <summary>A member of the Putilov works opens the motion mandating its delegates on a new agenda item of the federation (an item only this test opens).</summary>
[Collection(BrowserCollection.Name)]
public sealed class MandateTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Mandate_BoundToNo_OpensTheCellsMandateMotion()
    {
        var putilov = await Fixture.Node.GetBodyAsync("putilov-works", CancellationToken.None);
        var seated = putilov.Federations.Single().Seats.First(s => s.Holder is not null).Holder!.Key;
        var item = await Fixture.Node.OpenMotionAsync("petrograd-federation",
            new OpenMotion(seated, "A depot for the new tram cars", Matter: "transport"), CancellationToken.None);
        var page = await NewPageAsync(Viewports.Phone);
        await SignIn.AsAsync(page, Fixture.Url, "lidia-morozova");
        await page.GotoAsync("/bodies/putilov-works/delegates");

        await StepAsync(page, "the open item is offered beside the field", async () =>
            await Expect(page.Locator("main")).ToContainTextAsync($"{item.Id}: A depot for the new tram cars"));
        var form = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Open the mandate motion" }) });
        await form.GetByLabel("Agenda item (the federation's motion number)").FillAsync(item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByRole(AriaRole.Group, new() { Name = "Choices the delegates may cast" }).GetByLabel("no", new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Open the mandate motion" }).ClickAsync();

        await StepAsync(page, "the mandate's motion is open, with its effect", async () =>
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The motion is open"));
        var href = await page.GetByRole(AriaRole.Status).GetByRole(AriaRole.Link).GetAttributeAsync("href");
        var motion = await Fixture.Node.GetMotionAsync("putilov-works", long.Parse(href!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
        Assert.Equal("mandate.set", motion.Effect?["type"]?.GetValue<string>());
        Assert.Equal("[\"no\"]", motion.Effect?["allow"]?.ToJsonString());
        Assert.Equal(item.Id, motion.Effect?["motion"]?.GetValue<long>());
    }
}
