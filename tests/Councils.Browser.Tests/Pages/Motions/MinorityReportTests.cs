using System.Text.Json.Nodes;
using Councils.Node.Requests;
using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Pages.Motions;

/// <summary>A decided motion: its count as a picture, and a member attaching a minority report to it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MinorityReportTests(BrowserFixture fixture) : MotionTest(fixture)
{
    private static readonly string[] Vyborg = ["elena-smirnova", "dmitri-popov", "sofia-lebedeva", "arkady-novikov", "zoya-fedorova"];

    [Fact]
    public async Task MinorityReport_OnADecidedMotion_IsAttachedAndShown()
    {
        var path = await DecidedSchulzeAsync("Choose the library's opening hours");
        var page = await SignInAsync("zoya-fedorova", Viewports.Wide);
        await page.GotoAsync(path);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Decision", Exact = true })).ToBeVisibleAsync();

        await page.GetByLabel("Your minority report").FillAsync("Evening hours shut out the night shift; open at dawn twice a week.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach the minority report" }).ClickAsync();

        await StepAsync(page, "the report is attached and shown", async () =>
        {
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your minority report is attached");
            await Expect(page.GetByRole(AriaRole.Article, new() { Name = "Minority report by Zoya Fedorova" })).ToContainTextAsync("open at dawn");
        });
        await page.GotoAsync(path + "/decision");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Verify the log" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "decision");
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("wide")]
    public async Task DecidedMotion_Axe_FindsNoSeriousViolation(string size)
    {
        var path = await DecidedSchulzeAsync($"Paint the reading room ({size})");
        var page = await OpenAsync(path, size == "phone" ? Viewports.Phone : Viewports.Wide);

        await Expect(page.Locator(".picture-scroll svg")).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync(page);
        var decision = await OpenAsync(path + "/decision", size == "phone" ? Viewports.Phone : Viewports.Wide);
        await AssertNoSeriousAxeViolationsAsync(decision);
    }

    private async Task<string> DecidedSchulzeAsync(string title)
    {
        var path = await OpenMotionAsync("vyborg-side", Vyborg[0], title,
            Method("{\"type\":\"schulze\",\"options\":[\"Mornings\",\"Evenings\",\"Weekends\"],\"strength\":\"winning\",\"statusQuo\":null,\"threshold\":null}"));
        var id = long.Parse(path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        string[][] orders = [["Evenings", "Mornings", "Weekends"], ["Mornings", "Evenings", "Weekends"], ["Evenings", "Weekends", "Mornings"], ["Weekends", "Evenings", "Mornings"], ["Evenings", "Mornings", "Weekends"]];
        for (var i = 0; i < Vyborg.Length; i++)
        {
            var ranking = new JsonArray([.. orders[i].Select(o => (JsonNode)new JsonArray(o))]);
            await Fixture.Node.CastBallotAsync("vyborg-side", id, new CastBallot(Vyborg[i], new JsonObject { ["ranking"] = ranking }), CancellationToken.None);
        }
        await Fixture.Node.CloseMotionAsync("vyborg-side", id, new CloseMotion(Vyborg[0]), CancellationToken.None);
        return path;
    }
}
