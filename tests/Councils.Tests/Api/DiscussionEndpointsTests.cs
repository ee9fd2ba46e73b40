using System.Net;
using System.Net.Http.Json;
using Councils.Node.Views;
using Councils.Tests.Support;

namespace Councils.Tests.Api;

/// <summary>A motion's discussion over HTTP: runs once per database through its sealed subclasses.</summary>
public abstract class DiscussionEndpointsTests
{
    private const string Body = "talk-works";

    /// <summary>A node on a fresh database of the provider under test; disposing it drops the database.</summary>
    protected abstract Task<(RunningNode Node, IAsyncDisposable Storage)> StartAsync();

    [Fact]
    public async Task Discussion_PostedAndAnswered_TheMotionShowsBothAndRefusalsAreProblems()
    {
        var (node, storage) = await StartAsync();
        await using var _ = storage;
        await using var __ = node;
        var http = node.Http;
        using (var created = await http.PostAsJsonAsync("api/bodies", new { name = "Talk Works", kind = "workplace-committee", id = Body, founders = new[] { new { name = "Ana" }, new { name = "Boris" }, new { name = "Vera" } } }))
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var motion = await OpenAsync(http, "Buy a lathe");
        var other = await OpenAsync(http, "Mend the roof");

        using var asked = await http.PostAsJsonAsync($"api/bodies/{Body}/motions/{motion}/discussion", new { by = "boris", text = "Who turns on it?\nWe have one turner." });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        Assert.Equal($"/api/bodies/{Body}/motions/{motion}", asked.Headers.Location?.OriginalString);
        var question = (await asked.Content.ReadFromJsonAsync<AppendResult>())!;
        using var answered = await http.PostAsJsonAsync($"api/bodies/{Body}/motions/{motion}/discussion", new { by = "ana", text = "Vera trains as one.", answers = question.Seq });
        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        var answer = (await answered.Content.ReadFromJsonAsync<AppendResult>())!;

        var view = (await http.GetFromJsonAsync<MotionView>($"api/bodies/{Body}/motions/{motion}"))!;
        Assert.Equal(
            [("Boris", "Who turns on it?\nWe have one turner.", (long?)null, question.Seq), ("Ana", "Vera trains as one.", question.Seq, answer.Seq)],
            view.Discussion.Select(c => (c.Name, c.Text, c.Answers, c.Seq)));
        Assert.Empty((await http.GetFromJsonAsync<MotionView>($"api/bodies/{Body}/motions/{other}"))!.Discussion);

        // An answer to a contribution on another motion, then the same after the motion is decided.
        using (var across = await http.PostAsJsonAsync($"api/bodies/{Body}/motions/{other}/discussion", new { by = "vera", text = "Agreed.", answers = question.Seq }))
            await ProblemAssert.IsAsync(across, 404, "unknown-contribution", "payload.answers");
        foreach (var by in new[] { "ana", "boris", "vera" })
            using (var cast = await http.PostAsJsonAsync($"api/bodies/{Body}/motions/{motion}/ballots", new { by, ballot = new { choice = "yes" } }))
                Assert.Equal(HttpStatusCode.Created, cast.StatusCode);
        using (var closed = await http.PostAsJsonAsync($"api/bodies/{Body}/motions/{motion}/close", new { by = "ana" }))
            Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        using (var late = await http.PostAsJsonAsync($"api/bodies/{Body}/motions/{motion}/discussion", new { by = "vera", text = "Too late?" }))
        {
            var problem = await ProblemAssert.IsAsync(late, 422, "motion-closed", null);
            Assert.Contains("minority report", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(2, (await http.GetFromJsonAsync<MotionView>($"api/bodies/{Body}/motions/{motion}"))!.Discussion.Count);
        using var verify = await http.PostAsync("api/verify", null);
        Assert.True((await verify.Content.ReadFromJsonAsync<VerifyReport>())!.Ok);
    }

    private static async Task<long> OpenAsync(HttpClient http, string title)
    {
        using var opened = await http.PostAsJsonAsync($"api/bodies/{Body}/motions", new { by = "ana", title });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (await opened.Content.ReadFromJsonAsync<MotionView>())!.Id;
    }
}
