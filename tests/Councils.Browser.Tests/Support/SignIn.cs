using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Support;

/// <summary>Signs a page in through /account/sign-in as a demo account (member id, password councils-demo).</summary>
public static class SignIn
{
    public const string DemoPassword = "councils-demo";

    public static async Task AsAsync(IPage page, string baseUrl, string member)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(baseUrl + "/account/sign-in");
        await page.GetByLabel("Member id", new() { Exact = true }).FillAsync(member);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoPassword);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account$"));
        await Expect(page.Locator("main")).ToContainTextAsync(member);
    }
}
