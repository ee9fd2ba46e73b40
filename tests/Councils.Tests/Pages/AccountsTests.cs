using System.Net;
using Councils.Tests.Support;

namespace Councils.Tests.Pages;

/// <summary>Accounts on the node's database: runs once per database through its sealed subclasses.</summary>
public abstract class AccountsTests
{
    /// <summary>The demo with its accounts on a fresh database of the provider under test; disposing it drops the database.</summary>
    protected abstract Task<(RunningNode Node, IAsyncDisposable Storage)> StartDemoAsync();

    [Fact]
    public async Task SignIn_DemoAccount_ActsAsItsMemberUntilSignedOut()
    {
        var (server, storage) = await StartDemoAsync();
        await using var _ = storage;
        await using var __ = server;
        using var client = server.NewPageClient();

        using (var wrong = await client.SubmitAsync("/account/sign-in", "/account/sign-in", ("UserName", "olga-ivanova"), ("Password", "not-the-password")))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            var html = await wrong.Content.ReadAsStringAsync();
            Assert.Contains("value=\"olga-ivanova\"", html, StringComparison.Ordinal);
            Assert.Contains("id=\"Password-error\"", html, StringComparison.Ordinal);
            Assert.Matches("<span[^>]*id=\"Password-error\"[^>]*>That member id and password do not match an account.</span>", html);
            Assert.DoesNotContain("value=\"not-the-password\"", html, StringComparison.Ordinal);
        }
        var (anonymous, _) = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, anonymous);

        using (var right = await client.SubmitAsync("/account/sign-in", "/account/sign-in", ("UserName", "olga-ivanova"), ("Password", "councils-demo")))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
            Assert.Equal("/account", right.Headers.Location?.OriginalString);
        }
        var (status, memberships) = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Signed in as olga-ivanova", memberships, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/bodies/putilov-works\">putilov-works</a></th><td>olga-ivanova</td>", memberships, StringComparison.Ordinal);
        var (_, own) = await client.GetAsync("/bodies/putilov-works");
        Assert.Contains("You act in this body as the member olga-ivanova.", own, StringComparison.Ordinal);
        var (_, other) = await client.GetAsync("/bodies/vyborg-side");
        Assert.DoesNotContain("You act in this body", other, StringComparison.Ordinal);

        using (var signOut = await client.SubmitAsync("/account", "/account/sign-out"))
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var (after, _) = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, after);
    }
}
