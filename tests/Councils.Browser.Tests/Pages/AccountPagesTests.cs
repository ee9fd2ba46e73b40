using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Pages;

/// <summary>Accounts in a real browser: passkeys with Chromium's virtual authenticator, an invitation from link to membership, and axe on every account page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string DemoPassword = "councils-demo";

    [Fact]
    public async Task Passkey_AddedOnAccount_SignsInAfterSignOut()
    {
        // No CSP bypass here: passkeys.js must work under the site's own Content-Security-Policy.
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Fixture.LocalhostUrl, ViewportSize = Viewports.Wide, Locale = "en-GB" });
        context.SetDefaultTimeout(15_000);
        try
        {
            var page = await context.NewPageAsync();
            var cdp = await context.NewCDPSessionAsync(page);
            await cdp.SendAsync("WebAuthn.enable");
            var authenticator = await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
            {
                ["options"] = new Dictionary<string, object>
                {
                    ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true,
                    ["hasUserVerification"] = true, ["isUserVerified"] = true, ["automaticPresenceSimulation"] = true,
                },
            });

            await SignInAsync(page, "sofia-lebedeva");
            await StepAsync(page, "add a passkey on /account", async () =>
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your passkey is added");
                await Expect(page.Locator("#passkeys ~ ul li, section[aria-labelledby=passkeys] li")).ToHaveCountAsync(1);
            });
            var credentials = await cdp.SendAsync("WebAuthn.getCredentials", new Dictionary<string, object>
            {
                ["authenticatorId"] = authenticator!.Value.GetProperty("authenticatorId").GetString()!,
            });
            var credential = Assert.Single(credentials!.Value.GetProperty("credentials").EnumerateArray());
            Assert.True(credential.GetProperty("isResidentCredential").GetBoolean(), "The passkey must be discoverable, so sign-in needs no user name.");
            Assert.Equal("localhost", credential.GetProperty("rpId").GetString());

            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await page.GotoAsync("/account/sign-in");
            await Expect(page.Locator("header")).Not.ToContainTextAsync("Signed in as");
            await StepAsync(page, "sign in with the passkey", async () =>
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
                await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account");
                await Expect(page.Locator("header")).ToContainTextAsync("Signed in as sofia-lebedeva");
            });
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task Invitation_FromAccountToNewMember_AndEveryAccountPagePassesAxe()
    {
        var inviter = await OpenAsync("/account/sign-in", Viewports.Phone);
        await AssertNoSeriousAxeViolationsAsync(inviter);
        await SignInAsync(inviter, "olga-ivanova");
        await AssertNoSeriousAxeViolationsAsync(inviter);

        string link = "";
        await StepAsync(inviter, "make an invitation link", async () =>
        {
            await inviter.GetByRole(AriaRole.Row, new() { Name = "putilov-works" }).GetByRole(AriaRole.Link, new() { Name = "Invite a newcomer" }).ClickAsync();
            await inviter.GetByRole(AriaRole.Button, new() { Name = "Make an invitation link" }).ClickAsync();
            link = await inviter.GetByLabel("Invitation link").InputValueAsync();
            Assert.Contains("/join/", link, StringComparison.Ordinal);
        });
        await AssertNoSeriousAxeViolationsAsync(inviter);
        await inviter.GotoAsync("/account/reset-codes?body=putilov-works");
        await AssertNoSeriousAxeViolationsAsync(inviter);

        var newcomer = await OpenAsync(new Uri(link).PathAndQuery, Viewports.Phone);
        await AssertNoSeriousAxeViolationsAsync(newcomer);
        await StepAsync(newcomer, "join by the invitation", async () =>
        {
            await newcomer.GetByLabel("Your name, as the members will see it").FillAsync("Alexandra Kollontai");
            await newcomer.GetByLabel("User name").FillAsync("alexandra");
            await newcomer.GetByLabel("Password").FillAsync("bread peace and land");
            await newcomer.GetByRole(AriaRole.Button, new() { Name = "Make my account and join" }).ClickAsync();
            await newcomer.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/bodies/putilov-works");
            await Expect(newcomer.Locator("main")).ToContainTextAsync("You act in this body as the member");
            await Expect(newcomer.GetByRole(AriaRole.Rowheader, new() { Name = "Alexandra Kollontai" })).ToBeVisibleAsync();
        });

        var reset = await OpenAsync("/account/reset", Viewports.Phone);
        await AssertNoSeriousAxeViolationsAsync(reset);
        var join = await OpenAsync("/bodies/vyborg-side/join", Viewports.Phone);
        await AssertNoSeriousAxeViolationsAsync(join);
    }

    private static Task SignInAsync(IPage page, string member) =>
        SignIn.AsAsync(page, new Uri(page.Url).GetLeftPart(UriPartial.Authority), member);
}
