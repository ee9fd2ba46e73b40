using System.Net;
using Councils.Node.Requests;
using Councils.Tests.Support;

namespace Councils.Tests.Pages;

/// <summary>The discussion on a motion's page, on the demo: each test opens a motion of its own.</summary>
public sealed class DiscussionPagesTests(MotionPagesFixture demo) : IClassFixture<MotionPagesFixture>
{
    private const string Body = "putilov-works";

    private RunningNode Server => demo.Server;

    [Fact]
    public async Task Discussion_PostedThenAnswered_ShowsBothByNameWithTheAnswerLinked()
    {
        var id = await OpenAsync("Talk before the vote");
        var semyon = await demo.SignedInAsync("semyon-volkov");
        var olga = await demo.SignedInAsync("olga-ivanova");

        using var posted = await semyon.SubmitAsync(Path(id), Path(id) + "?handler=Discuss", ("ContributionText", "Who covers the night shift?\nNobody asked us."));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(Path(id) + "?done=discussion", posted.Headers.Location!.OriginalString);
        var question = Assert.Single((await Server.Node.GetMotionAsync(Body, id, CancellationToken.None)).Discussion);
        var (_, answering) = await olga.GetAsync($"{Path(id)}?answer={question.Seq}");
        Assert.Contains($"<input type=\"hidden\" name=\"Answer\" value=\"{question.Seq}\">", answering, StringComparison.Ordinal);
        Assert.Contains("Your contribution answers Semyon Volkov.", answering, StringComparison.Ordinal);
        using var answered = await olga.SubmitAsync($"{Path(id)}?answer={question.Seq}", Path(id) + "?handler=Discuss",
            ("ContributionText", "The rota covers it."), ("Answer", question.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var (status, html) = await olga.GetAsync(Path(id) + "?done=discussion");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Your contribution is posted to the discussion", html, StringComparison.Ordinal);
        Assert.Contains($"<li id=\"contribution-{question.Seq}\">", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Contribution by Semyon Volkov\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Contribution by Olga Ivanova\"", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"motion-text\">Who covers the night shift?&#xA;Nobody asked us.</p>", html, StringComparison.Ordinal);
        Assert.Contains($"in answer to <a href=\"#contribution-{question.Seq}\">Semyon Volkov</a>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Path(id)}?answer={question.Seq}#discuss\"", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Who covers the night shift?", StringComparison.Ordinal) < html.IndexOf("The rota covers it.", StringComparison.Ordinal), "oldest first");
        var discussion = (await Server.Node.GetMotionAsync(Body, id, CancellationToken.None)).Discussion;
        Assert.Equal([null, question.Seq], discussion.Select(c => c.Answers));
    }

    [Fact]
    public async Task Discussion_Blank_IsRefusedBesideTheFieldKeepingWhatWasTyped()
    {
        var id = await OpenAsync("Blank words");
        var client = await demo.SignedInAsync("semyon-volkov");

        using var response = await client.SubmitAsync(Path(id), Path(id) + "?handler=Discuss", ("ContributionText", "   "));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<span id=\"ContributionText-error\" class=\"error\">A contribution cannot be empty.</span>", html, StringComparison.Ordinal);
        Assert.Contains("(rule payload-invalid)", html, StringComparison.Ordinal);
        Assert.Empty((await Server.Node.GetMotionAsync(Body, id, CancellationToken.None)).Discussion);
    }

    [Fact]
    public async Task Discussion_TooLong_IsRefusedBesideTheFieldKeepingWhatWasTyped()
    {
        var id = await OpenAsync("Long words");
        var client = await demo.SignedInAsync("semyon-volkov");
        var text = "We ask " + new string('a', 20_000);

        using var response = await client.SubmitAsync(Path(id), Path(id) + "?handler=Discuss", ("ContributionText", text));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<span id=\"ContributionText-error\" class=\"error\">A contribution is at most 20000 characters long, not 20007.</span>", html, StringComparison.Ordinal);
        Assert.Contains($"aria-describedby=\"ContributionText-hint ContributionText-error\">{text}</textarea>", html, StringComparison.Ordinal);
        Assert.Empty((await Server.Node.GetMotionAsync(Body, id, CancellationToken.None)).Discussion);
    }

    [Fact]
    public async Task Discussion_SignedOut_ShowsNoFormAndRefusesAPost()
    {
        var id = await OpenAsync("Signed out listens");
        using var client = Server.NewPageClient();

        var (_, html) = await client.GetAsync(Path(id));
        using var response = await client.SubmitAsync("/account/sign-in", Path(id) + "?handler=Discuss", ("ContributionText", "Anonymous words."));

        Assert.Contains("<h2 id=\"discussion\">Discussion</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"ContributionText\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty((await Server.Node.GetMotionAsync(Body, id, CancellationToken.None)).Discussion);
    }

    [Fact]
    public async Task Discussion_MotionClosedMeanwhile_SaysTheContributionWasNotPosted()
    {
        var id = await OpenAsync("Closed mid-sentence");
        var client = await demo.SignedInAsync("semyon-volkov");
        var (_, form) = await client.GetAsync(Path(id));
        Assert.Contains("name=\"ContributionText\"", form, StringComparison.Ordinal);
        foreach (var person in new[] { "olga-ivanova", "pyotr-sokolov", "nadia-kuznetsova", "grigory-orlov" })
            await Server.Node.CastBallotAsync(Body, id, new CastBallot(person, new System.Text.Json.Nodes.JsonObject { ["choice"] = "yes" }), CancellationToken.None);
        await Server.Node.CloseMotionAsync(Body, id, new CloseMotion("olga-ivanova"), CancellationToken.None);

        using var response = await client.SubmitAsync(Path(id), Path(id) + "?handler=Discuss", ("ContributionText", "One more thing."));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("your contribution was not posted", html, StringComparison.Ordinal);
        Assert.DoesNotContain("your ballot was not cast", html, StringComparison.Ordinal);
        Assert.Contains("The discussion closed with the motion", html, StringComparison.Ordinal);
        Assert.Empty((await Server.Node.GetMotionAsync(Body, id, CancellationToken.None)).Discussion);
    }

    private static string Path(long id) => $"/bodies/{Body}/motions/{id}";

    private async Task<long> OpenAsync(string title) =>
        (await Server.Node.OpenMotionAsync(Body, new OpenMotion("olga-ivanova", title, "Text of " + title), CancellationToken.None)).Id;
}
