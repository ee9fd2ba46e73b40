using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Pages;

/// <summary>A member of one body, signed in, joins a second body by an invitation with the same account: one button, no new account.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JoinWithAccountTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Second = "kharkiv-tram-workshop";

    [Fact]
    public async Task Invitation_SignedIn_JoinsWithTheSameAccountAndActsInBothBodies()
    {
        var inviter = await NewPageAsync(Viewports.Wide);
        await SignIn.AsAsync(inviter, Fixture.Url, "oksana-shevchenko");
        await inviter.GotoAsync($"/account/invite?body={Second}");
        await inviter.GetByRole(AriaRole.Button, new() { Name = "Make an invitation link" }).ClickAsync();
        var link = await inviter.GetByLabel("Invitation link").InputValueAsync();
        Assert.Contains("/join/", link, StringComparison.Ordinal);

        var page = await NewPageAsync(Viewports.Phone);
        await SignIn.AsAsync(page, Fixture.Url, "grigory-orlov");
        await page.GotoAsync(new Uri(link).PathAndQuery);
        await StepAsync(page, "the page offers to join with the account signed in", async () =>
        {
            await Expect(page.Locator("main")).ToContainTextAsync("You are signed in as grigory-orlov");
            await Expect(page.Locator("main")).ToContainTextAsync($"will see you as Grigory Orlov");
            await Expect(page.GetByLabel("Password")).ToHaveCountAsync(0);
        });
        await AssertNoSeriousAxeViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Join with my account" }).ClickAsync();
        await StepAsync(page, "admitted to the second body, acting there with the same account", async () =>
        {
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/bodies/{Second}");
            await Expect(page.Locator("main")).ToContainTextAsync("You act in this body as the member");
            await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Grigory Orlov" })).ToBeVisibleAsync();
        });
        var body = await Fixture.Node.GetBodyAsync(Second, CancellationToken.None);
        Assert.Single(body.Members, m => m.Name == "Grigory Orlov");

        await page.GotoAsync("/account");
        await StepAsync(page, "the account lists both memberships", async () =>
        {
            await Expect(page.GetByRole(AriaRole.Row, new() { Name = "putilov-works" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Row, new() { Name = Second })).ToBeVisibleAsync();
        });

        await page.GotoAsync(new Uri(link).PathAndQuery);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("This invitation has already been used");
    }
}
