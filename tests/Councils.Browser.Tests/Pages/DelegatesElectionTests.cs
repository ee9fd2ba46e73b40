using System.Text.Json.Nodes;
using Councils.Node.Requests;
using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Pages;

/// <summary>
/// Electing delegates: a member of the Vyborg side opens an election on the delegates page; the
/// members' STV ballots go in through the node (voting is the motion page's flow); once closed,
/// the seat is held by the one elected. Only this test elects in vyborg-side.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DelegatesElectionTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Cell = "vyborg-side";

    [Fact]
    public async Task ElectDelegates_OpenedOnThePage_SeatHeldOnceTheCountCarries()
    {
        var page = await NewPageAsync(Viewports.Wide);
        await SignIn.AsAsync(page, Fixture.Url, "elena-smirnova");
        await page.GotoAsync($"/bodies/{Cell}/delegates");

        await StepAsync(page, "the delegates page passes axe, signed in, at both sizes", async () =>
        {
            await AssertNoSeriousAxeViolationsAsync(page);
            await page.SetViewportSizeAsync(Viewports.Phone.Width, Viewports.Phone.Height);
            await AssertNoSeriousAxeViolationsAsync(page);
            await page.SetViewportSizeAsync(Viewports.Wide.Width, Viewports.Wide.Height);
        });

        var form = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Open the election" }) });
        await form.GetByLabel("Sofia Lebedeva").CheckAsync();
        await form.GetByLabel("Arkady Novikov").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Open the election" }).ClickAsync();

        long motion = 0;
        await StepAsync(page, "the page says the election's motion is open", async () =>
        {
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The motion is open");
            var href = await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^motion \\d+$") }).GetAttributeAsync("href");
            motion = long.Parse(href!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        });

        var view = await Fixture.Node.GetMotionAsync(Cell, motion, CancellationToken.None);
        Assert.Equal("delegates.elect", view.Effect?["type"]?.GetValue<string>());
        var body = await Fixture.Node.GetBodyAsync(Cell, CancellationToken.None);
        var sofia = body.Members.Single(m => m.Handle == "sofia-lebedeva").Key;
        var arkady = body.Members.Single(m => m.Handle == "arkady-novikov").Key;
        foreach (var member in body.Members)
        {
            var ranking = new JsonArray(new JsonArray(sofia), new JsonArray(arkady));
            await Fixture.Node.CastBallotAsync(Cell, motion, new CastBallot(member.Handle!, new JsonObject { ["ranking"] = ranking }), CancellationToken.None);
        }
        await Fixture.Node.CloseMotionAsync(Cell, motion, new CloseMotion("elena-smirnova"), CancellationToken.None);

        await page.GotoAsync($"/bodies/{Cell}/delegates");
        await StepAsync(page, "the seat is held by the one elected, the other is a substitute", async () =>
        {
            var seats = page.GetByRole(AriaRole.Table).First;
            await Expect(seats.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Sofia Lebedeva");
            await Expect(seats.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("held");
            await Expect(page.Locator("main")).ToContainTextAsync("Substitutes: Arkady Novikov");
        });
        await ScreenshotAsync(page, "delegates");
    }
}
