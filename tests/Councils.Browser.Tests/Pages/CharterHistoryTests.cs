using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Councils.Node.Requests;
using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Pages;

/// <summary>A charter's history: an amendment proposed on the form, carried, then shown as a new version with what it changed.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CharterHistoryTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Body = "huliaipole-commune";

    [Fact]
    public async Task AmendmentCarried_ShowsAsTheNewestVersionWithItsDecisionAndChanges()
    {
        var page = await NewPageAsync(Viewports.Phone);
        await SignIn.AsAsync(page, Fixture.Url, "halyna-kuzmenko");
        await page.GotoAsync($"/bodies/{Body}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Its history: every version and what each changed" }).ClickAsync();
        await StepAsync(page, "the founding charter is the only version", async () =>
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("The charter of Huliaipole Land Commune and its history");
            await Expect(page.Locator("#version-1")).ToContainTextAsync("The founding charter, recorded");
        });
        var before = await page.Locator("ol.versions > li").CountAsync();

        await page.GotoAsync($"/bodies/{Body}/charter/amend");
        await page.Locator("#Title").FillAsync("Motions stay open three days");
        await page.Locator("#OpenForSeconds").FillAsync("259200");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the charter amendment motion" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Opened());
        var n = long.Parse(Opened().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var body = await Fixture.Node.GetBodyAsync(Body, CancellationToken.None);
        foreach (var member in body.Members)
            await Fixture.Node.CastBallotAsync(Body, n, new CastBallot(member.Handle!, new JsonObject { ["choice"] = "yes" }), CancellationToken.None);
        await Fixture.Node.CloseMotionAsync(Body, n, new CloseMotion(body.Members[0].Handle!), CancellationToken.None);

        await page.GotoAsync($"/bodies/{Body}/charter");
        var version = before + 1;
        await StepAsync(page, "the amendment is the newest version, with its decision and what it changed", async () =>
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"The charter in force: version {version}" })).ToBeVisibleAsync();
            var newest = page.Locator("ol.versions > li").First;
            await Expect(newest).ToHaveIdAsync($"version-{version}");
            await Expect(newest).ToContainTextAsync("Motions stay open (seconds): 604800 → 259200");
            await Expect(newest.GetByRole(AriaRole.Link, new() { Name = $"the decision on motion {n}: Motions stay open three days" }))
                .ToHaveAttributeAsync("href", $"/bodies/{Body}/motions/{n}/decision");
            await Expect(page.GetByRole(AriaRole.Row, new() { Name = "openForSeconds" })).ToContainTextAsync("259200");
        });
        await AssertNoSeriousAxeViolationsAsync(page);

        await page.Locator("ol.versions > li").First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Decision: Motions stay open three days");
    }

    [GeneratedRegex("/motions/([0-9]+)\\?done=opened$")]
    private static partial Regex Opened();
}
