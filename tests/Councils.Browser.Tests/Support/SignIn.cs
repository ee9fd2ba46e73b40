using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Councils.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Support;

/// <summary>
/// Signs a page in as a demo account (member id, <see cref="DemoAccounts.Password"/>): through the sign-in form the
/// first time in a run, then with that session's cookies, so the run stays under the node's sign-in rate limit
/// (every test comes from 127.0.0.1). Flows that test signing in itself drive the form on their own.
/// </summary>
public static partial class SignIn
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<Cookie>> Sessions = new();

    public static async Task AsAsync(IPage page, string baseUrl, string member)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (Sessions.TryGetValue(baseUrl + " " + member, out var cookies))
        {
            await page.Context.AddCookiesAsync(cookies);
            await page.GotoAsync(baseUrl + "/account");
        }
        else
        {
            await page.GotoAsync(baseUrl + "/account/sign-in");
            await page.Locator("#UserName").FillAsync(member);
            await page.Locator("#Password").FillAsync(DemoAccounts.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        }
        await Expect(page).ToHaveURLAsync(AccountPage());
        await Expect(page.Locator("main")).ToContainTextAsync(member);
        Sessions.TryAdd(baseUrl + " " + member, [.. (await page.Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires,
            HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        })]);
    }

    [GeneratedRegex("/account$")]
    private static partial Regex AccountPage();
}
