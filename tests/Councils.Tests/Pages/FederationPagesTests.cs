using System.Net;
using System.Text.RegularExpressions;
using Councils.Node.Requests;
using Councils.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Councils.Tests.Pages;

/// <summary>
/// The delegates, federation and log pages of the demo, and their actions as a signed-in member.
/// Each test acts on a body or seat no other test here touches (the demo is shared by the class).
/// </summary>
public sealed partial class FederationPagesTests(DemoPagesFixture demo) : IClassFixture<DemoPagesFixture>
{
    private const string Federation = "petrograd-federation";

    private RunningNode Server => demo.Server;

    [Fact]
    public async Task DelegatesPage_Cell_ShowsSeatsSubstitutesMandatesAndRecall()
    {
        using var client = Server.NewPageClient();

        var (status, html) = await client.GetAsync("/bodies/kharkiv-tram-workshop/delegates");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Delegates and mandates of Kharkiv Tram Workshop Committee</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/bodies/petrograd-federation\">petrograd-federation</a>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Oksana Shevchenko</td>", html, StringComparison.Ordinal); // the substitute took the seat
        Assert.Contains("Recalled: Mykola Bondarenko", html, StringComparison.Ordinal);
        Assert.Matches("On motion \\d+ \\(bound to no\\)</a>:\\s+Allowed choices: no;", html);
        Assert.Contains("Sign in as a member of this body", html, StringComparison.Ordinal);
        Assert.Contains("id=\"federation-tree", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Open the election", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyPage_LinksItsDelegatesFederationAndLogPages()
    {
        using var client = Server.NewPageClient();

        var (_, html) = await client.GetAsync("/bodies/putilov-works");

        Assert.Contains("href=\"/bodies/putilov-works/delegates\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/bodies/putilov-works/federation\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/bodies/putilov-works/log\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Elect_SignedInMember_OpensAnStvElectionMotion()
    {
        using var client = await SignedInAsync("elena-smirnova");

        // A visitor sees no election form; a post made anyway, with a valid token (from the sign-in form), is still refused.
        using var response = await client.SubmitAsync("/account/sign-in", "/bodies/vyborg-side/delegates?handler=Elect",
            ("Federation", Federation), ("Candidates", "dmitri-popov"), ("Candidates", "sofia-lebedeva"), ("Candidates", "zoya-fedorova"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = long.Parse(OpenedId().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var motion = await Server.Node.GetMotionAsync("vyborg-side", id, CancellationToken.None);
        Assert.Equal("delegates.elect", motion.Effect?["type"]?.GetValue<string>());
        Assert.Equal("stv", motion.Method["type"]?.GetValue<string>());
        Assert.Equal(3, motion.Method["options"]!.AsArray().Count);
        var (_, page) = await client.GetAsync(response.Headers.Location.OriginalString);
        Assert.Contains($"href=\"/bodies/vyborg-side/motions/{id}\">motion {id}</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Elect_Anonymous_IsRefusedAsNotAMemberWithoutStackTrace()
    {
        using var client = Server.NewPageClient();

        // A visitor sees no election form; a post made anyway, with a valid token (from the sign-in form), is still refused.
        using var response = await client.SubmitAsync("/account/sign-in", "/bodies/vyborg-side/delegates?handler=Elect",
            ("Federation", Federation), ("Candidates", "dmitri-popov"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Refused: only a member of the body may do this.", html, StringComparison.Ordinal);
        Assert.Contains("rule not-a-member", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Councils.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Elect_CandidateNotAMember_IsRefusedBesideTheFormKeepingTheChoices()
    {
        using var client = await SignedInAsync("arkady-novikov");

        // A visitor sees no election form; a post made anyway, with a valid token (from the sign-in form), is still refused.
        using var response = await client.SubmitAsync("/account/sign-in", "/bodies/vyborg-side/delegates?handler=Elect",
            ("Federation", Federation), ("Candidates", "arkady-novikov"), ("Candidates", "olga-ivanova"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"error-elect\"", html, StringComparison.Ordinal);
        Assert.Contains("Refused:", html, StringComparison.Ordinal);
        Assert.Matches("id=\"cand-petrograd-federation-arkady-novikov\" name=\"Candidates\" value=\"arkady-novikov\" checked=\"checked\"", html);
        Assert.DoesNotContain(" at Councils.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mandate_SignedInMember_OpensAMotionWithTheMandateEffect()
    {
        var item = await Server.Node.OpenMotionAsync(Federation, new OpenMotion("olga-ivanova", "Night trams on line 5", Matter: "transport"), CancellationToken.None);
        using var client = await SignedInAsync("lidia-morozova");

        using var response = await client.SubmitAsync("/bodies/putilov-works/delegates", "/bodies/putilov-works/delegates?handler=Mandate",
            ("Federation", Federation), ("Item", item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Allow", "yes"), ("Allow", "abstain"), ("Fallback", "no"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = long.Parse(OpenedId().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var motion = await Server.Node.GetMotionAsync("putilov-works", id, CancellationToken.None);
        Assert.Equal("mandate.set", motion.Effect?["type"]?.GetValue<string>());
        Assert.Equal(item.Id, motion.Effect?["motion"]?.GetValue<long>());
        Assert.Equal("[\"yes\",\"abstain\"]", motion.Effect?["allow"]?.ToJsonString());
        Assert.Equal("[\"no\"]", motion.Effect?["fallback"]?.ToJsonString());
    }

    [Fact]
    public async Task Mandate_NoItem_IsRefusedBesideTheFormKeepingTheChoices()
    {
        using var client = await SignedInAsync("grigory-orlov");

        using var response = await client.SubmitAsync("/bodies/putilov-works/delegates", "/bodies/putilov-works/delegates?handler=Mandate",
            ("Federation", Federation), ("Item", ""), ("Allow", "no"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"error-mandate\"", html, StringComparison.Ordinal);
        Assert.Contains("Give the number of the agenda item.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"no\" checked=\"checked\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PetitionRecall_SignedInMember_IsRecordedShownAndOpensTheRecall()
    {
        var cell = await Server.Node.GetBodyAsync("putilov-works", CancellationToken.None);
        var holder = cell.Federations.Single().Seats.First(s => s.Holder is not null).Holder!;
        using var client = await SignedInAsync("semyon-volkov");

        using (var response = await client.SubmitAsync("/bodies/putilov-works/delegates", "/bodies/putilov-works/delegates?handler=Petition",
            ("Federation", Federation), ("Delegate", holder.Key)))
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await Server.Node.GetBodyAsync("putilov-works", CancellationToken.None);
        var petition = Assert.Single(after.Federations.Single().Petitions!);
        Assert.Equal("Semyon Volkov", Assert.Single(petition.Supporters).Name);
        var (_, html) = await client.GetAsync("/bodies/putilov-works/delegates?petitioned=true");
        Assert.Contains("Your support for the recall is recorded", html, StringComparison.Ordinal);
        Assert.Contains("held; recall petitioned by 1 of the 1 members needed", html, StringComparison.Ordinal);
        Assert.Contains($"Open the recall motion for {holder.Name}", html, StringComparison.Ordinal);

        using var recall = await client.SubmitAsync("/bodies/putilov-works/delegates", "/bodies/putilov-works/delegates?handler=Recall",
            ("Federation", Federation), ("Delegate", holder.Key));
        Assert.Equal(HttpStatusCode.Redirect, recall.StatusCode);
        var id = long.Parse(OpenedId().Match(recall.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var motion = await Server.Node.GetMotionAsync("putilov-works", id, CancellationToken.None);
        Assert.Equal("delegate.recall", motion.Effect?["type"]?.GetValue<string>());
        Assert.Equal(holder.Key, motion.Effect?["delegate"]?.GetValue<string>());
    }

    [Fact]
    public async Task PetitionRecall_NotADelegate_IsRefusedWithTheRule()
    {
        var cell = await Server.Node.GetBodyAsync("kharkiv-tram-workshop", CancellationToken.None);
        var notSeated = cell.Members.First(m => m.Handle == "andriy-tkachenko").Key;
        using var client = await SignedInAsync("iryna-kovalenko");

        using var response = await client.SubmitAsync("/bodies/kharkiv-tram-workshop/delegates", "/bodies/kharkiv-tram-workshop/delegates?handler=Petition",
            ("Federation", Federation), ("Delegate", notSeated));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Refused: that person holds no seat.", html, StringComparison.Ordinal);
        Assert.Contains("rule not-a-delegate", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FederationPage_Federation_ShowsTreeCompetencesDecisionsByModeAndReferendum()
    {
        using var client = Server.NewPageClient();

        var (status, html) = await client.GetAsync("/bodies/petrograd-federation/federation");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">budget</th><td>a referendum of every member</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">transport</th><td>its delegates&#x27; vote, weighted by membership</td>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"mode-referendum\">", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"mode-ratification\">", html, StringComparison.Ordinal);
        Assert.Contains("A common winter fund for fuel</a> (budget): carried", html, StringComparison.Ordinal);
        Assert.Contains("id=\"referendum-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FederationPage_Cell_ShowsItsTree()
    {
        using var client = Server.NewPageClient();

        var (status, html) = await client.GetAsync("/bodies/vyborg-side/federation");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"federation-tree", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Decisions by mode", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogPage_ShowsEntriesNewestFirstHeadAndExportLink()
    {
        using var client = Server.NewPageClient();

        var (status, html) = await client.GetAsync("/bodies/vyborg-side/log");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("href=\"/api/bodies/vyborg-side/log\"", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"nowrap\">body.created</code>", html, StringComparison.Ordinal);
        var seqs = SeqCell().Matches(html).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(seqs.Count > 1);
        Assert.Equal(seqs.OrderDescending(), seqs);
        Assert.Equal(0, seqs[^1]);
    }

    [Fact]
    public async Task LogPage_Paged_OlderEntriesOnTheNextPage()
    {
        using var client = Server.NewPageClient();

        var (_, first) = await client.GetAsync("/bodies/petrograd-federation/log");
        var (_, second) = await client.GetAsync("/bodies/petrograd-federation/log?p=2");

        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("Page 2 of", second, StringComparison.Ordinal);
        var last = SeqCell().Matches(first).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Min();
        var next = SeqCell().Matches(second).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Max();
        Assert.Equal(last - 1, next);
    }

    [Fact]
    public async Task VerifyThisLog_Federation_HoldsWithItsCitationsChecked()
    {
        using var client = Server.NewPageClient();

        using var response = await client.SubmitAsync("/bodies/petrograd-federation/log", "/bodies/petrograd-federation/log?handler=Verify");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Verified: everything holds.", html, StringComparison.Ordinal);
        Assert.Matches("4 log\\(s\\), \\d+ events, \\d+ checkpoints, \\d+ decisions recounted, [1-9]\\d* citations checked", html);
    }

    [Fact]
    public async Task VerifyThisLog_TamperedInTheDatabase_FailsNamingTheEventAndRule()
    {
        TamperEvent("huliaipole-commune", 3);
        using var client = Server.NewPageClient();

        using var response = await client.SubmitAsync("/bodies/huliaipole-commune/log", "/bodies/huliaipole-commune/log?handler=Verify");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Not verified.", html, StringComparison.Ordinal);
        Assert.Matches("Failed: [^<]+ \\(body huliaipole-commune, event 3, line \\d+\\)", html);
        Assert.Contains("3 events held before the failure.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/bodies/putilov-works/delegates", "Делегати й мандати: Putilov Works Committee")]
    [InlineData("/bodies/petrograd-federation/federation", "Компетенції, якими вона володіє")]
    [InlineData("/bodies/putilov-works/log", "Перевірити цей журнал")]
    [InlineData("/bodies/putilov-works/delegates", "<title id=\"federation-tree-title\">Дерево федерацій: Putilov Works Committee</title>")]
    [InlineData("/bodies/petrograd-federation/federation", "Імена на лініях: делегати, яких обрав кожен орган-член.")]
    public async Task Pages_InUkrainian_ShowTheUkrainianText(string path, string text)
    {
        using var client = Server.NewPageClient();
        using (var chosen = await client.PostAsync("/culture", ("culture", "uk"), ("returnUrl", path)))
            Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);

        var (status, html) = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    /// <summary>Changes one letter of an event's stored bytes behind the node's back.</summary>
    private void TamperEvent(string body, long seq)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(Server.Storage.DataFolder, "councils.db")};Pooling=False");
        connection.Open();
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT bytes FROM events WHERE body_id = $b AND seq = $s";
        read.Parameters.AddWithValue("$b", body);
        read.Parameters.AddWithValue("$s", seq);
        var bytes = (byte[])read.ExecuteScalar()!;
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"choice\":\"yes\"", text, StringComparison.Ordinal); // a ballot: the tamperer changes its choice
        bytes = System.Text.Encoding.UTF8.GetBytes(text.Replace("\"choice\":\"yes\"", "\"choice\":\"no\"", StringComparison.Ordinal));
        using var write = connection.CreateCommand();
        write.CommandText = "UPDATE events SET bytes = $x WHERE body_id = $b AND seq = $s";
        write.Parameters.AddWithValue("$x", bytes);
        write.Parameters.AddWithValue("$b", body);
        write.Parameters.AddWithValue("$s", seq);
        Assert.Equal(1, write.ExecuteNonQuery());
    }

    private async Task<PageClient> SignedInAsync(string member)
    {
        var client = Server.NewPageClient();
        using var response = await client.SubmitAsync("/account/sign-in", "/account/sign-in", ("UserName", member), ("Password", "councils-demo"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex("opened=(\\d+)")]
    private static partial Regex OpenedId();

    [GeneratedRegex("<th scope=\"row\" class=\"num\">(\\d+)</th><td><code[ >]")]
    private static partial Regex SeqCell();
}
