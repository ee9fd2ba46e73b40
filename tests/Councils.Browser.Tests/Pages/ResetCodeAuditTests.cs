using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Pages;

/// <summary>A reset code a fellow member issues for you is listed on your account page, with who issued it and whether it was used.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ResetCodeAuditTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Holder = "pyotr-sokolov";

    [Fact]
    public async Task ResetCode_IssuedByAFellowMember_IsShownToTheHolderThenShownUsed()
    {
        var holder = await NewPageAsync(Viewports.Phone);
        await SignIn.AsAsync(holder, Fixture.Url, Holder);
        await Expect(holder.Locator("main")).ToContainTextAsync("No reset code has been issued for your account.");

        var issuer = await NewPageAsync(Viewports.Wide);
        await SignIn.AsAsync(issuer, Fixture.Url, "nadia-kuznetsova");
        await issuer.GotoAsync("/account/reset-codes?body=putilov-works");
        await issuer.GetByLabel("Member id").FillAsync(Holder);
        await issuer.GetByRole(AriaRole.Button, new() { Name = "Issue a code" }).ClickAsync();
        var code = await issuer.Locator("#reset-code").InnerTextAsync();
        Assert.Matches("^[0-9A-Z-]{10,11}$", code.Trim());

        await holder.GotoAsync("/account");
        await StepAsync(holder, "the holder sees the code: who issued it, and that it is not used", async () =>
        {
            var row = holder.GetByRole(AriaRole.Row, new() { Name = "Nadia Kuznetsova" });
            await Expect(row).ToContainTextAsync("putilov-works");
            await Expect(row).ToContainTextAsync("not used; good until");
        });
        await AssertNoSeriousAxeViolationsAsync(holder);

        var reset = await OpenAsync("/account/reset", Viewports.Phone);
        await reset.GetByLabel("User name").FillAsync(Holder);
        await reset.GetByLabel("Reset code").FillAsync(code);
        await reset.GetByLabel("New password (at least 12 characters)").FillAsync("all power to the soviets");
        await reset.GetByRole(AriaRole.Button, new() { Name = "Set the new password" }).ClickAsync();
        await Expect(reset.Locator("main")).ToContainTextAsync("Your new password is set");

        var again = await OpenAsync("/account/sign-in", Viewports.Phone);
        await again.Locator("#UserName").FillAsync(Holder);
        await again.Locator("#Password").FillAsync("all power to the soviets");
        await again.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await StepAsync(again, "signed in with the new password, the code shows as used", async () =>
        {
            await again.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account");
            await Expect(again.GetByRole(AriaRole.Row, new() { Name = "Nadia Kuznetsova" })).ToContainTextAsync("used");
            await Expect(again.GetByRole(AriaRole.Row, new() { Name = "Nadia Kuznetsova" })).Not.ToContainTextAsync("not used");
        });
    }
}
