using System.Net;
using System.Text.RegularExpressions;
using Councils.Tests.Support;

namespace Councils.Tests.Pages;

/// <summary>Invitations, joining under an open charter and reset codes, on real Kestrel; runs once per database.</summary>
public abstract partial class NewcomersAndResetTests
{
    private const string Passphrase = "red banner over the mill";

    /// <summary>The demo with its accounts on the node's <paramref name="clock"/>; disposing the storage drops the database.</summary>
    protected abstract Task<(RunningNode Node, IAsyncDisposable Storage)> StartDemoAsync(TimeProvider clock);

    [Fact]
    public async Task Invitation_Newcomer_IsAdmittedAndLinkedOnce()
    {
        var (server, storage) = await StartDemoAsync(TimeProvider.System);
        await using var _ = storage;
        await using var __ = server;
        var token = await InviteAsync(server, "olga-ivanova", "putilov-works");

        using var newcomer = server.NewPageClient();
        var (status, form) = await newcomer.GetAsync($"/join/{token}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("olga-ivanova invites you to join Putilov Works Committee", form, StringComparison.Ordinal);
        using (var joined = await newcomer.SubmitAsync($"/join/{token}", $"/join/{token}", ("Name", "Vera Zasulich"), ("UserName", "vera"), ("Password", Passphrase)))
        {
            Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
            Assert.Equal("/bodies/putilov-works", joined.Headers.Location?.OriginalString);
        }
        var body = await server.Node.GetBodyAsync("putilov-works", CancellationToken.None);
        var member = Assert.Single(body.Members, m => m.Name == "Vera Zasulich");
        var (_, account) = await newcomer.GetAsync("/account");
        Assert.Contains($"<a href=\"/bodies/putilov-works\">putilov-works</a></th><td>{member.Handle}</td>", account, StringComparison.Ordinal);

        using var second = server.NewPageClient();
        var (again, used) = await second.GetAsync($"/join/{token}");
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Contains("This invitation has already been used", used, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Password\"", used, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_AfterAWeek_IsRefusedAsExpired()
    {
        var clock = new ShiftedClock();
        var (server, storage) = await StartDemoAsync(clock);
        await using var _ = storage;
        await using var __ = server;
        var token = await InviteAsync(server, "olga-ivanova", "putilov-works");
        clock.Advance(TimeSpan.FromDays(8));

        using var newcomer = server.NewPageClient();
        var (_, page) = await newcomer.GetAsync($"/join/{token}");
        Assert.Contains("This invitation expired on", page, StringComparison.Ordinal);
        var (_, unknown) = await newcomer.GetAsync("/join/not-a-token");
        Assert.Contains("This invitation link is not valid", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_CharterAdmitsByDecision_RefusalSaysWhyAndKeepsNoAccount()
    {
        var (server, storage) = await StartDemoAsync(TimeProvider.System);
        await using var _ = storage;
        await using var __ = server;
        var token = await InviteAsync(server, "halyna-kuzmenko", "huliaipole-commune");

        using var newcomer = server.NewPageClient();
        using var refused = await newcomer.SubmitAsync($"/join/{token}", $"/join/{token}", ("Name", "Nestor Makhno"), ("UserName", "nestor"), ("Password", Passphrase));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("admission rule refused", html, StringComparison.Ordinal);
        Assert.Contains("admits by decision", html, StringComparison.Ordinal);
        Assert.Contains("value=\"nestor\"", html, StringComparison.Ordinal);
        using var signIn = await newcomer.SubmitAsync("/account/sign-in", "/account/sign-in", ("UserName", "nestor"), ("Password", Passphrase));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        // Refused, the invitation is still good for another try once the body decides otherwise.
        var (_, again) = await newcomer.GetAsync($"/join/{token}");
        Assert.DoesNotContain("already been used", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenCharter_Newcomer_JoinsAlone_OtherCharterSaysWho()
    {
        var (server, storage) = await StartDemoAsync(TimeProvider.System);
        await using var _ = storage;
        await using var __ = server;
        using var newcomer = server.NewPageClient();

        var (_, closed) = await newcomer.GetAsync("/bodies/putilov-works/join");
        Assert.Contains("does not admit newcomers by their own act", closed, StringComparison.Ordinal);
        var (_, page) = await newcomer.GetAsync("/bodies/vyborg-side");
        Assert.Contains("href=\"/bodies/vyborg-side/join\"", page, StringComparison.Ordinal);
        using (var joined = await newcomer.SubmitAsync("/bodies/vyborg-side/join", "/bodies/vyborg-side/join", ("Name", "Maria Spiridonova"), ("UserName", "maria"), ("Password", Passphrase)))
            Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        var body = await server.Node.GetBodyAsync("vyborg-side", CancellationToken.None);
        Assert.Single(body.Members, m => m.Name == "Maria Spiridonova");
        var (_, own) = await newcomer.GetAsync("/bodies/vyborg-side");
        Assert.Contains("You act in this body as the member", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetCode_WorksOnceNotTwice_WrongCodeStaysBesideItsField()
    {
        var (server, storage) = await StartDemoAsync(TimeProvider.System);
        await using var _ = storage;
        await using var __ = server;
        var code = await IssueCodeAsync(server, "olga-ivanova", "putilov-works", "pyotr-sokolov");

        using var holder = server.NewPageClient();
        using (var wrong = await holder.SubmitAsync("/account/reset", "/account/reset", ("UserName", "pyotr-sokolov"), ("Code", "AAAAA-AAAAA"), ("Password", Passphrase)))
        {
            var html = await wrong.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Matches("<span[^>]*id=\"Code-error\"[^>]*>That code is not valid for this account", html);
            Assert.Contains("value=\"pyotr-sokolov\"", html, StringComparison.Ordinal);
        }
        using (var right = await holder.SubmitAsync("/account/reset", "/account/reset", ("UserName", "pyotr-sokolov"), ("Code", code.ToLowerInvariant()), ("Password", Passphrase)))
            Assert.Contains("Your new password is set", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var twice = await holder.SubmitAsync("/account/reset", "/account/reset", ("UserName", "pyotr-sokolov"), ("Code", code), ("Password", Passphrase + " again")))
            Assert.Contains("That code is not valid", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var old = await holder.SubmitAsync("/account/sign-in", "/account/sign-in", ("UserName", "pyotr-sokolov"), ("Password", "councils-demo")))
            Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        using (var signedIn = await holder.SubmitAsync("/account/sign-in", "/account/sign-in", ("UserName", "pyotr-sokolov"), ("Password", Passphrase)))
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task ResetCode_AfterItExpires_IsRefused()
    {
        var clock = new ShiftedClock();
        var (server, storage) = await StartDemoAsync(clock);
        await using var _ = storage;
        await using var __ = server;
        var code = await IssueCodeAsync(server, "olga-ivanova", "putilov-works", "pyotr-sokolov");
        clock.Advance(TimeSpan.FromMinutes(31));

        using var holder = server.NewPageClient();
        using var late = await holder.SubmitAsync("/account/reset", "/account/reset", ("UserName", "pyotr-sokolov"), ("Code", code), ("Password", Passphrase));
        Assert.Contains("That code is not valid", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetCode_ForAnotherBodysMember_IsRefusedBesideTheField()
    {
        var (server, storage) = await StartDemoAsync(TimeProvider.System);
        await using var _ = storage;
        await using var __ = server;
        using var issuer = await SignInAsync(server, "olga-ivanova");
        using var refused = await issuer.SubmitAsync("/account/reset-codes?body=putilov-works", "/account/reset-codes", ("Body", "putilov-works"), ("Member", "elena-smirnova"));
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Matches("<span[^>]*id=\"Member-error\"[^>]*>The member elena-smirnova of putilov-works has no account", html);
        Assert.DoesNotContain("id=\"reset-code\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountForms_WithoutAntiforgeryToken_AreRefused()
    {
        var (server, storage) = await StartDemoAsync(TimeProvider.System);
        await using var _ = storage;
        await using var __ = server;
        using var client = server.NewPageClient();
        foreach (var path in new[] { "/account/reset", "/bodies/vyborg-side/join", "/join/some-token", "/account/sign-in?handler=RequestOptions" })
        {
            using var response = await client.PostAsync(path, ("UserName", "pyotr-sokolov"), ("Code", "AAAAA-AAAAA"), ("Password", Passphrase), ("Name", "X"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    private static async Task<PageClient> SignInAsync(RunningNode server, string member)
    {
        var client = server.NewPageClient();
        using var signIn = await client.SubmitAsync("/account/sign-in", "/account/sign-in", ("UserName", member), ("Password", "councils-demo"));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private static async Task<string> InviteAsync(RunningNode server, string member, string body)
    {
        using var inviter = await SignInAsync(server, member);
        using var made = await inviter.SubmitAsync($"/account/invite?body={body}", "/account/invite", ("Body", body));
        var html = await made.Content.ReadAsStringAsync();
        Assert.True(made.Headers.CacheControl?.NoStore, "The page with the link must not be stored.");
        var link = JoinLink().Match(html);
        Assert.True(link.Success, "No invitation link on the page.");
        return link.Groups[1].Value;
    }

    private static async Task<string> IssueCodeAsync(RunningNode server, string issuer, string body, string member)
    {
        using var client = await SignInAsync(server, issuer);
        using var issued = await client.SubmitAsync($"/account/reset-codes?body={body}", "/account/reset-codes", ("Body", body), ("Member", member));
        var code = Code().Match(await issued.Content.ReadAsStringAsync());
        Assert.True(code.Success, "No reset code on the page.");
        return code.Groups[1].Value;
    }

    [GeneratedRegex("/join/([A-Za-z0-9_-]{43})\"")]
    private static partial Regex JoinLink();

    [GeneratedRegex("<output id=\"reset-code\">([0-9A-Z]{5}-[0-9A-Z]{5})</output>")]
    private static partial Regex Code();
}
