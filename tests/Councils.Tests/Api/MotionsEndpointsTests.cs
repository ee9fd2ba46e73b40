using System.Net;
using System.Net.Http.Json;
using Councils.Domain.Record;
using Councils.Node.Views;
using Councils.Tests.Support;

namespace Councils.Tests.Api;

/// <summary>Ballots under contention: runs once per database through its sealed subclasses.</summary>
public abstract class MotionsEndpointsTests
{
    private const string Body = "race-works";
    private const int Posts = 50;

    /// <summary>A node on a fresh database of the provider under test; disposing it drops the database.</summary>
    protected abstract Task<(RunningNode Node, IAsyncDisposable Storage)> StartAsync();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task CastBallot_FiftyConcurrentPostsBySameMember_ExactlyOneBallotRecorded(int nodes)
    {
        var (first, storage) = await StartAsync();
        await using var _ = storage;
        await using var __ = first;
        // A second node on the same database is a second writer of the same log (as the command line is beside a server).
        await using var second = nodes == 2 ? await RunningNode.StartAsync(first.Storage) : null;
        var servers = second is null ? new[] { first } : [first, second];

        using (var created = await first.Http.PostAsJsonAsync("api/bodies", new { name = "Race Works", kind = "workplace-committee", id = Body, founders = new[] { new { name = "Ana" }, new { name = "Boris" } } }))
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var motion = await OpenMotionAsync(first.Http);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posts = Enumerable.Range(0, Posts).Select(async i =>
        {
            await gate.Task;
            return await servers[i % servers.Length].Http.PostAsJsonAsync($"api/bodies/{Body}/motions/{motion}/ballots", new { by = "boris", ballot = new { choice = "yes" } });
        }).ToList();
        gate.SetResult();
        var responses = await Task.WhenAll(posts);

        try
        {
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
            foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            {
                var problem = await ProblemAssert.ReadAsync(refused);
                var rule = problem.GetProperty("rule").GetString();
                Assert.True(
                    (refused.StatusCode, rule) is (HttpStatusCode.UnprocessableEntity, "ballot-duplicate") or (HttpStatusCode.Conflict, "log-head-moved"),
                    $"{(int)refused.StatusCode}: {problem}");
                Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            }
        }
        finally
        {
            foreach (var response in responses)
                response.Dispose();
        }

        foreach (var server in servers)
        {
            var view = (await server.Http.GetFromJsonAsync<MotionView>($"api/bodies/{Body}/motions/{motion}"))!;
            Assert.Equal("Boris", Assert.Single(view.Ballots).Name);
            Assert.Equal(1, view.BallotsCast);
        }
        var log = await first.Http.GetByteArrayAsync($"api/bodies/{Body}/log");
        var entries = ExportFile.Lines(log).Where(l => !l.IsCheckpoint).Select(l => Entry.Parse(l.Bytes)).ToList();
        Assert.Single(entries, e => e.Kind == "ballot.cast");
        Assert.Equal(Enumerable.Range(0, entries.Count).Select(i => (long)i), entries.Select(e => e.Seq));
        using var verify = await first.Http.PostAsync("api/verify", null);
        Assert.True((await verify.Content.ReadFromJsonAsync<VerifyReport>())!.Ok);
    }

    private static async Task<long> OpenMotionAsync(HttpClient http)
    {
        using var opened = await http.PostAsJsonAsync($"api/bodies/{Body}/motions", new { by = "ana", title = "One ballot each" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (await opened.Content.ReadFromJsonAsync<MotionView>())!.Id;
    }
}
