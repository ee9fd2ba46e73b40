using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Pages;

/// <summary>The federation's page: its tree, competences, and the referendum's decision drawn per member body.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FederationPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string> Sizes => ["phone", "wide"];

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task FederationPage_TreeCompetencesAndReferendum_PassesAxe(string size)
    {
        var page = await OpenAsync("/bodies/petrograd-federation/federation", size == "phone" ? Viewports.Phone : Viewports.Wide);

        await StepAsync(page, "the tree, the competences and the referendum's picture are shown", async () =>
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The federation tree" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Img).First).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "budget" })).ToContainTextAsync("a referendum of every member");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "a referendum of every member" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "A common winter fund for fuel" })).ToContainTextAsync("carried");
            Assert.True(await page.GetByRole(AriaRole.Img).CountAsync() >= 2);
        });
        await AssertNoSeriousAxeViolationsAsync(page);
        if (size == "wide")
            await ScreenshotAsync(page, "federation");
    }

    [Fact]
    public async Task BodyPage_LinksTheFederationPage()
    {
        var page = await OpenAsync("/bodies/petrograd-federation", Viewports.Phone);

        await page.GetByRole(AriaRole.Link, new() { Name = "Federations", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Petrograd Regional Federation among federations");
    }
}
