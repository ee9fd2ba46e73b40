using System.Net;
using System.Text.Json.Nodes;
using Councils.Node.Requests;
using Councils.Node.Views;
using Councils.Tests.Support;

namespace Councils.Tests.Pages;

/// <summary>The motion pages on the demo: each test opens motions of its own, so the tests do not read each other's ballots.</summary>
public sealed class MotionPagesTests(MotionPagesFixture demo) : IClassFixture<MotionPagesFixture>
{
    private const string Body = "putilov-works";
    private static readonly string[] People = ["olga-ivanova", "pyotr-sokolov", "nadia-kuznetsova", "grigory-orlov", "lidia-morozova", "semyon-volkov"];

    private RunningNode Server => demo.Server;

    [Theory]
    [InlineData("{\"type\":\"majority\"}", "name=\"Ballot.Choice\" value=\"abstain\"")]
    [InlineData("{\"type\":\"qualified\",\"num\":2,\"den\":3,\"of\":\"cast\"}", "name=\"Ballot.Choice\" value=\"yes\"")]
    [InlineData("{\"type\":\"consent\"}", "name=\"Ballot.Reason\"")]
    [InlineData("{\"type\":\"consent\"}", "name=\"Ballot.Choice\" value=\"stand-aside\"")]
    [InlineData("{\"type\":\"approval\",\"options\":[\"a\",\"b\",\"c\"],\"seats\":1}", "type=\"checkbox\" id=\"approve-2\" name=\"Ballot.Approve\" value=\"c\"")]
    [InlineData("{\"type\":\"score\",\"options\":[\"a\",\"b\"],\"max\":5,\"seats\":1}", "name=\"Ballot.Scores[1]\" min=\"0\" max=\"5\"")]
    [InlineData("{\"type\":\"schulze\",\"options\":[\"a\",\"b\",\"c\"],\"strength\":\"winning\",\"statusQuo\":null,\"threshold\":null}", "name=\"Ballot.Ranks[2]\" min=\"1\" max=\"3\"")]
    [InlineData("{\"type\":\"stv\",\"options\":[\"a\",\"b\",\"c\"],\"seats\":2,\"rules\":\"scottish\"}", "name=\"Ballot.Ranks[0]\"")]
    public async Task MotionPage_EachMethod_RendersItsBallotForm(string method, string expected)
    {
        var id = await OpenAsync("A form for " + method, JsonNode.Parse(method)!.AsObject());
        var client = await demo.SignedInAsync(People[0]);

        var (status, html) = await client.GetAsync(Path(id));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" class=\"stack ballot\" novalidate action=\"/bodies/putilov-works/motions/" + id + "?handler=Ballot\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MotionPage_SignedOut_ShowsNoFormAndSaysWhy()
    {
        var id = await OpenAsync("Signed out sees no form", null);
        using var client = Server.NewPageClient();

        var (status, html) = await client.GetAsync(Path(id));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("name=\"Ballot.Choice\"", html, StringComparison.Ordinal);
        Assert.Contains("Sign in as a member of this body to vote", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CastBallot_ThroughTheForm_IsRecordedAndConfirmed()
    {
        var id = await OpenAsync("Cast through the form", null);
        var client = await demo.SignedInAsync(People[5]);

        using var response = await client.SubmitAsync(Path(id), Path(id) + "?handler=Ballot", ("Ballot.Choice", "no"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Path(id) + "?done=ballot", response.Headers.Location?.OriginalString);
        var motion = await Server.Node.GetMotionAsync(Body, id, CancellationToken.None);
        var ballot = Assert.Single(motion.Ballots);
        Assert.Equal("Semyon Volkov", ballot.Name);
        Assert.Equal("no", ballot.Ballot["choice"]?.GetValue<string>());
        var (_, html) = await client.GetAsync(Path(id) + "?done=ballot");
        Assert.Contains("Your ballot is cast and recorded in the log.", html, StringComparison.Ordinal);
        Assert.Contains("You voted: no.", html, StringComparison.Ordinal);
    }

    /// <summary>A delegate acts in the federation through the cell's membership: the item's page offers the ballot, and it is cast as the delegate's key.</summary>
    [Fact]
    public async Task CastBallot_ADelegateOnTheFederationsItem_IsRecordedAsTheDelegate()
    {
        var ct = CancellationToken.None;
        var putilov = await Server.Node.GetBodyAsync(Body, ct);
        var seat = putilov.Federations.Single().Seats.First(s => s.Holder is not null).Holder!;
        var handle = putilov.Members.Single(m => m.Key == seat.Key).Handle!;
        var item = await Server.Node.OpenMotionAsync("petrograd-federation", new OpenMotion(seat.Key, "A tram depot, by delegates", Matter: "transport"), ct);
        var path = $"/bodies/petrograd-federation/motions/{item.Id}";
        var client = await demo.SignedInAsync(handle);

        var (status, html) = await client.GetAsync(path);
        using var response = await client.SubmitAsync(path, path + "?handler=Ballot", ("Ballot.Choice", "yes"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(path + "?handler=Ballot\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var ballot = Assert.Single((await Server.Node.GetMotionAsync("petrograd-federation", item.Id, ct)).Ballots);
        Assert.Equal(seat.Key, ballot.Member);
    }

    /// <summary>An election of delegates counts keys; its decision is shown with the candidates' names, in the text and the picture.</summary>
    [Fact]
    public async Task DecisionPage_AnElectionOfDelegates_NamesTheCandidates()
    {
        var ct = CancellationToken.None;
        var body = await Server.Node.GetBodyAsync(Body, ct);
        MotionView? election = null;
        foreach (var summary in body.Motions.Where(m => m.Outcome is not null))
        {
            var view = await Server.Node.GetMotionAsync(Body, summary.Id, ct);
            if (view.Method["type"]?.GetValue<string>() == "stv")
                election = view;
        }
        Assert.NotNull(election);
        var winner = election.Decision!.Count["report"]!["winners"]![0]!.GetValue<string>();
        var name = body.Members.Single(m => m.Key == winner).Name;
        using var client = Server.NewPageClient();

        var (status, html) = await client.GetAsync($"/bodies/{Body}/motions/{election.Id}/decision");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"Chosen: {name}.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(winner, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CastBallot_RankedThroughTheForm_RecordsTheRanking()
    {
        var id = await OpenAsync("Rank through the form", JsonNode.Parse("{\"type\":\"schulze\",\"options\":[\"a\",\"b\",\"c\"],\"strength\":\"winning\",\"statusQuo\":null,\"threshold\":null}")!.AsObject());
        var client = await demo.SignedInAsync(People[2]);

        using var response = await client.SubmitAsync(Path(id), Path(id) + "?handler=Ballot", ("Ballot.Ranks[0]", "2"), ("Ballot.Ranks[1]", ""), ("Ballot.Ranks[2]", "1"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var motion = await Server.Node.GetMotionAsync(Body, id, CancellationToken.None);
        Assert.Equal("[[\"c\"],[\"a\"]]", Assert.Single(motion.Ballots).Ballot["ranking"]!.ToJsonString());
    }

    [Fact]
    public async Task CastBallot_ObjectionWithoutReason_ShowsTheRuleAndKeepsTheChoice()
    {
        var id = await OpenAsync("Object without a reason", JsonNode.Parse("{\"type\":\"consent\"}")!.AsObject());
        var client = await demo.SignedInAsync(People[3]);

        using var response = await client.SubmitAsync(Path(id), Path(id) + "?handler=Ballot", ("Ballot.Choice", "object"), ("Ballot.Reason", "  "));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("<span id=\"Reason-error\" class=\"error\">An objection states its reason[^<]*</span>", html);
        Assert.Contains("value=\"object\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Contains("the ballot must fit the motion&#x27;s decision method", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.Empty((await Server.Node.GetMotionAsync(Body, id, CancellationToken.None)).Ballots);
    }

    [Fact]
    public async Task CastBallot_RankNotANumber_ShowsTheErrorAndKeepsWhatWasTyped()
    {
        var id = await OpenAsync("Rank with a word", JsonNode.Parse("{\"type\":\"stv\",\"options\":[\"a\",\"b\",\"c\"],\"seats\":1,\"rules\":\"scottish\"}")!.AsObject());
        var client = await demo.SignedInAsync(People[3]);

        using var response = await client.SubmitAsync(Path(id), Path(id) + "?handler=Ballot", ("Ballot.Ranks[0]", "first"), ("Ballot.Ranks[1]", "2"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<span id=\"rank-0-error\" class=\"error\">A rank is a whole number from 1 up.</span>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"first\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Ballot.Ranks[1]\" min=\"1\" max=\"3\" value=\"2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CastBallot_MotionClosedMeanwhile_SaysSoPlainly()
    {
        var id = await OpenAsync("Closed while the form was open", null);
        var client = await demo.SignedInAsync(People[5]);
        var (_, form) = await client.GetAsync(Path(id));
        Assert.Contains("name=\"Ballot.Choice\"", form, StringComparison.Ordinal);
        await SettleAndCloseAsync(id);

        using var response = await client.SubmitAsync(Path(id), Path(id) + "?handler=Ballot", ("Ballot.Choice", "yes"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("This motion closed while your form was open: your ballot was not cast.", html, StringComparison.Ordinal);
        Assert.Contains("(rule motion-closed)", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"decision\">Decision</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Ballot.Choice\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinorityReport_AttachedByAMember_IsShownAndRecorded()
    {
        var id = await OpenAsync("Report on a decision", null);
        await SettleAndCloseAsync(id);
        var client = await demo.SignedInAsync(People[5]);

        using var response = await client.SubmitAsync(Path(id), Path(id) + "?handler=Report", ("ReportText", "The night crew was not asked."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var motion = await Server.Node.GetMotionAsync(Body, id, CancellationToken.None);
        Assert.Equal("The night crew was not asked.", Assert.Single(motion.MinorityReports).Text);
        var (_, html) = await client.GetAsync(Path(id) + "/decision");
        Assert.Contains("Minority report by Semyon Volkov", html, StringComparison.Ordinal);
        Assert.Contains("The night crew was not asked.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/bodies/putilov-works/log\"", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Charter that applied</dt><dd>version 1</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinorityReport_SignedOut_IsRefusedWithTheRule()
    {
        var id = await OpenAsync("Report while signed out", null);
        using var client = Server.NewPageClient();

        using var response = await client.SubmitAsync("/account/sign-in", Path(id) + "?handler=Report", ("ReportText", "Anonymous words."));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("only a member of the body may do this", html, StringComparison.Ordinal);
        Assert.Contains("Sign in as a member of this body", html, StringComparison.Ordinal);
        Assert.Empty((await Server.Node.GetMotionAsync(Body, id, CancellationToken.None)).MinorityReports);
    }

    [Fact]
    public async Task OpenAndClose_ThroughTheForms_OpensThenDecides()
    {
        var client = await demo.SignedInAsync(People[0]);

        using var opened = await client.SubmitAsync($"/bodies/{Body}/motions/new", $"/bodies/{Body}/motions/new",
            ("Title", "Paint the canteen"), ("MotionText", "Green walls."), ("Method", ""), ("Options", ""), ("Seats", "1"), ("Max", "5"));

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var location = opened.Headers.Location!.OriginalString;
        Assert.Matches($"^/bodies/{Body}/motions/[0-9]+\\?done=opened$", location);
        var id = long.Parse(location.Split('/')[^1].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("Paint the canteen", (await Server.Node.GetMotionAsync(Body, id, CancellationToken.None)).Title);

        using (var early = await client.SubmitAsync(Path(id), Path(id) + "?handler=Close"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
            Assert.Contains("(rule not-settled)", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        foreach (var person in People.Take(4))
            await Server.Node.CastBallotAsync(Body, id, new CastBallot(person, new JsonObject { ["choice"] = "yes" }), CancellationToken.None);
        using var closed = await client.SubmitAsync(Path(id), Path(id) + "?handler=Close");

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var motion = await Server.Node.GetMotionAsync(Body, id, CancellationToken.None);
        Assert.Equal("carried", motion.Decision?.Outcome);
        var (_, html) = await client.GetAsync(Path(id));
        Assert.Contains("The motion was carried.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenMotion_WithoutTitle_ShowsTheErrorAndKeepsTheText()
    {
        var client = await demo.SignedInAsync(People[0]);

        using var response = await client.SubmitAsync($"/bodies/{Body}/motions/new", $"/bodies/{Body}/motions/new",
            ("Title", ""), ("MotionText", "Text kept."), ("Method", "approval"), ("Options", "only one"), ("Seats", "1"), ("Max", "5"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(">Text kept.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"approval\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("class=\"error\">", html, StringComparison.Ordinal);
        Assert.Contains("(rule payload-invalid)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CharterAmendment_ThroughTheForm_OpensAMotionWithTheWholeCharter()
    {
        var client = await demo.SignedInAsync(People[1]);
        var (_, bodyPage) = await client.GetAsync($"/bodies/{Body}");
        Assert.Contains($"<a href=\"/bodies/{Body}/charter/amend\">Propose a charter amendment</a>", bodyPage, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/bodies/{Body}/motions/new\">Open a motion</a>", bodyPage, StringComparison.Ordinal);
        var (status, form) = await client.GetAsync($"/bodies/{Body}/charter/amend");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("name=\"Charter.OpenForSeconds\" min=\"1\" value=\"604800\"", form, StringComparison.Ordinal);

        using var response = await client.SubmitAsync($"/bodies/{Body}/charter/amend", $"/bodies/{Body}/charter/amend",
            ("Title", "Motions stay open three days"), ("MotionText", ""), ("Charter.Admission", "by-member"),
            ("Charter.Method", "consent"), ("Charter.MethodNum", "2"), ("Charter.MethodDen", "3"), ("Charter.MethodOf", "cast"),
            ("Charter.AmendmentMethod", "qualified"), ("Charter.AmendmentNum", "3"), ("Charter.AmendmentDen", "4"), ("Charter.AmendmentOf", "cast"),
            ("Charter.QuorumNum", "1"), ("Charter.QuorumDen", "2"), ("Charter.OpenForSeconds", "259200"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
        var motion = await Server.Node.GetMotionAsync(Body, id, CancellationToken.None);
        Assert.Equal("charter.amend", motion.Effect?["type"]?.GetValue<string>());
        var charter = motion.Effect!["charter"]!.AsObject();
        Assert.Equal(259200, charter["openForSeconds"]!.GetValue<long>());
        Assert.Equal("consent", charter["method"]!["type"]!.GetValue<string>());
        Assert.Equal(3, charter["amendmentMethod"]!["num"]!.GetValue<long>());
        Assert.Equal("qualified", motion.Method["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task DecidedSchulzeMotion_ShowsTheCountAsAPictureInAScrollingBox()
    {
        var body = await Server.Node.GetBodyAsync("vyborg-side", CancellationToken.None);
        var naming = body.Motions.Single(m => m.Title == "Name the reading room");
        using var client = Server.NewPageClient();

        var (status, html) = await client.GetAsync($"/bodies/vyborg-side/motions/{naming.Id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("The motion was carried.", html, StringComparison.Ordinal);
        Assert.Matches("<div class=\"picture-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Full count\">\\s*<svg", html);
        Assert.Contains("Chosen: ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Ballot.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryDemoMotion_RendersItsPageAndDecision_SignedInOrNot()
    {
        var olga = await demo.SignedInAsync(People[0]);
        using var anonymous = Server.NewPageClient();
        foreach (var summary in await Server.Node.ListBodiesAsync(CancellationToken.None))
        {
            var body = await Server.Node.GetBodyAsync(summary.Id, CancellationToken.None);
            foreach (var motion in body.Motions)
            {
                foreach (var client in new[] { olga, anonymous })
                {
                    var (status, html) = await client.GetAsync($"/bodies/{body.Id}/motions/{motion.Id}");
                    Assert.True(status == HttpStatusCode.OK, $"{body.Id}/{motion.Id}: {status}");
                    Assert.Contains($"<h1>{System.Net.WebUtility.HtmlEncode(motion.Title).Replace("&#39;", "&#x27;", StringComparison.Ordinal)}</h1>", html, StringComparison.Ordinal);
                }
                if (motion.Outcome is not null)
                    Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/bodies/{body.Id}/motions/{motion.Id}/decision")).Status);
            }
        }
        var (missing, _) = await anonymous.GetAsync("/bodies/putilov-works/motions/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }

    [Fact]
    public async Task AgendaItem_ShowsItsMatterModeAndAmendments()
    {
        const string federation = "petrograd-federation";
        var item = await Server.Node.OpenMotionAsync(federation, new OpenMotion(People[0], "Tram line 9", "Build line 9.", Matter: "transport"), CancellationToken.None);
        await Server.Node.AmendMotionAsync(federation, item.Id, new AmendMotion(People[0], "Build line 9 and a depot."), CancellationToken.None);
        using var client = Server.NewPageClient();

        var (status, html) = await client.GetAsync($"/bodies/{federation}/motions/{item.Id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h2 id=\"amendments\">Amendments</h2>", html, StringComparison.Ordinal);
        Assert.Contains("on the matter “transport”", html, StringComparison.Ordinal);
        Assert.Contains("amendments to its text so far: 1.", html, StringComparison.Ordinal);
        Assert.Contains("Build line 9 and a depot.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"AmendText\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MotionPage_InUkrainian_ShowsTheBallotFormInUkrainian()
    {
        var id = await OpenAsync("In Ukrainian", null);
        using var client = Server.NewPageClient();
        using var switched = await client.PostAsync("/culture", ("culture", "uk"), ("returnUrl", Path(id)));

        var (_, html) = await client.GetAsync(Path(id));

        Assert.Contains("<html lang=\"uk\">", html, StringComparison.Ordinal);
        Assert.Contains("Увійдіть як член цього органу", html, StringComparison.Ordinal);
        Assert.Contains("Кворум: 1/2", html, StringComparison.Ordinal);
    }

    private static string Path(long id) => $"/bodies/{Body}/motions/{id}";

    private async Task<long> OpenAsync(string title, JsonObject? method) =>
        (await Server.Node.OpenMotionAsync(Body, new OpenMotion(People[0], title, "Text of " + title, method), CancellationToken.None)).Id;

    /// <summary>Four of six say yes, so no ballot to come can change the outcome, and a member closes it.</summary>
    private async Task SettleAndCloseAsync(long id)
    {
        foreach (var person in People.Take(4))
            await Server.Node.CastBallotAsync(Body, id, new CastBallot(person, new JsonObject { ["choice"] = "yes" }), CancellationToken.None);
        await Server.Node.CloseMotionAsync(Body, id, new CloseMotion(People[0]), CancellationToken.None);
    }
}
