using System.Net;
using Councils.Tests.Support;

namespace Councils.Tests.Pages;

public sealed class PagesTests(DemoPagesFixture demo) : IClassFixture<DemoPagesFixture>
{
    private RunningNode Server => demo.Server;

    [Fact]
    public async Task FrontPage_Demo_ListsBodiesWithKindsAndRecentDecisions()
    {
        using var client = Server.NewPageClient();

        var (status, html) = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("<!doctype html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/bodies/putilov-works\">Putilov Works Committee</a>", html, StringComparison.Ordinal);
        Assert.Contains("<td>land commune</td>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Recent decisions</h2>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/bodies/petrograd-federation/motions/", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#main\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyPage_Cell_ShowsMembersMotionsDelegatesAndCharter()
    {
        using var client = Server.NewPageClient();

        var (status, html) = await client.GetAsync("/bodies/putilov-works");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Putilov Works Committee</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Semyon Volkov</th><td>semyon-volkov</td>", html, StringComparison.Ordinal);
        Assert.Contains("Repair the number two furnace before winter</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/bodies/putilov-works/motions/5\">Six-hour shifts in the rolling mill</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/bodies/petrograd-federation\">petrograd-federation</a>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Olga Ivanova</td>", html, StringComparison.Ordinal);
        Assert.Contains("Version 1 of the charter applies now.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyPage_Federation_ListsItsMemberBodies()
    {
        using var client = Server.NewPageClient();

        var (status, html) = await client.GetAsync("/bodies/petrograd-federation");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h2 id=\"member-bodies\">Member bodies</h2>", html, StringComparison.Ordinal);
        foreach (var cell in new[] { "putilov-works", "vyborg-side", "kharkiv-tram-workshop" })
            Assert.Contains($"<a href=\"/bodies/{cell}\">{cell}</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/bodies/no-such-body")]
    [InlineData("/no/such/page")]
    public async Task UnknownPage_IsAFriendly404WithoutStackTrace(string path)
    {
        using var client = Server.NewPageClient();

        var (status, html) = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<h1>Page not found</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Councils.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiAddress_StillAnswersWithAProblem()
    {
        using var response = await Server.Http.GetAsync("api/no-such-thing");

        await ProblemAssert.IsAsync(response, 404, "no-such-route", null);
    }

    [Fact]
    public async Task LanguageSwitch_ToUkrainian_ChangesTextAndLangAndReturns()
    {
        using var client = Server.NewPageClient();

        using var switched = await client.PostAsync("/culture", ("culture", "uk"), ("returnUrl", "/bodies/vyborg-side"));

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/bodies/vyborg-side", switched.Headers.Location?.OriginalString);
        var (status, html) = await client.GetAsync("/bodies/vyborg-side");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"uk\">", html, StringComparison.Ordinal);
        Assert.Contains("Відкриті пропозиції", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Open motions", html, StringComparison.Ordinal);
        var (_, front) = await client.GetAsync("/");
        Assert.Contains("<h1>Органи на цьому вузлі</h1>", front, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_ForeignReturnAddress_GoesHomeInstead()
    {
        using var client = Server.NewPageClient();

        using var switched = await client.PostAsync("/culture", ("culture", "uk"), ("returnUrl", "https://example.org/"));

        Assert.Equal("/", switched.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/bodies/putilov-works")]
    [InlineData("/account/sign-in")]
    [InlineData("/councils.css")]
    [InlineData("/about.html")]
    public async Task EveryResponse_CarriesSecurityHeaders(string path)
    {
        using var response = await Server.Http.GetAsync(path.TrimStart('/'));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task StaticFiles_AreServed()
    {
        using var css = await Server.Http.GetAsync("councils.css");
        using var about = await Server.Http.GetAsync("about.html");

        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains(":focus-visible", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html", about.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/account/sign-in", "UserName=olga-ivanova&Password=councils-demo")]
    [InlineData("/account/reset", "UserName=olga-ivanova&Code=12345678")]
    public async Task FormPost_WithoutAntiforgeryToken_IsRefusedPlainly(string action, string form)
    {
        using var client = Server.NewPageClient();
        using var content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await client.Http.PostAsync(action.TrimStart('/'), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>The request was refused</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("councils.account", response.Headers.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(".AspNetCore.Culture", response.Headers.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A visitor's page view makes no antiforgery token or cookie: the language form, on every page, needs none.</summary>
    [Fact]
    public async Task BodyPage_Anonymous_CarriesNoAntiforgeryTokenAndSetsNoCookie()
    {
        using var client = Server.NewPageClient();

        using var response = await client.Http.GetAsync("bodies/vyborg-side");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("__RequestVerificationToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LockTheAccountEvenForTheRightOne()
    {
        using var client = Server.NewPageClient();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.SubmitAsync("/account/sign-in", "/account/sign-in", ("UserName", "zoya-fedorova"), ("Password", "guess-number-" + i));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await client.SubmitAsync("/account/sign-in", "/account/sign-in", ("UserName", "zoya-fedorova"), ("Password", "councils-demo"));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Too many failed attempts: this account is locked for a few minutes.", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
