using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Councils.Domain.Record;
using Councils.Node.Views;
using Councils.Tests.Support;
using Xunit.Abstractions;

namespace Councils.Tests.Cli;

/// <summary>A node killed with SIGKILL under load loses no acknowledged ballot and duplicates none.</summary>
public sealed class ServeVerbTests(ITestOutputHelper output)
{
    private const string Body = "kill-works";
    private const int Clients = 200;
    private const int Motions = 5;
    private const int KillAfter = 300;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private sealed record Ack(long Motion, string Handle, long Seq);

    [Fact]
    public async Task Serve_KilledWhileTwoHundredClientsVote_EveryAcknowledgedBallotSurvivesOnceAndTheLogVerifies()
    {
        using var data = new TempFolder();
        var acks = new ConcurrentBag<Ack>();
        var unexpected = new ConcurrentBag<string>();
        var failures = 0;
        long[] motions;

        await using (var server = await CouncilsProcess.StartServerOnFreePortAsync(StartTimeout, "serve", "--data", data.Path))
        {
            using var setup = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(60) };
            motions = await PrepareAsync(setup);

            var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var clients = Enumerable.Range(1, Clients).Select(member => Task.Run(async () =>
            {
                using var http = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(60) };
                var handle = Handle(member);
                await gate.Task;
                // Each member votes once on each motion, starting at a different one so every motion is contended.
                for (var k = 0; k < Motions; k++)
                {
                    var motion = motions[(member + k) % Motions];
                    HttpResponseMessage response;
                    try
                    {
                        response = await http.PostAsJsonAsync($"api/bodies/{Body}/motions/{motion}/ballots",
                            new { by = handle, ballot = new { choice = member % 3 == 0 ? "no" : "yes" } }, deadline.Token);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                    {
                        Interlocked.Increment(ref failures);
                        return; // the node is gone
                    }
                    using (response)
                    {
                        if (response.StatusCode != HttpStatusCode.Created)
                        {
                            unexpected.Add($"{handle} on {motion}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
                            return;
                        }
                        var result = (await response.Content.ReadFromJsonAsync<AppendResult>(CancellationToken.None))!;
                        acks.Add(new Ack(motion, handle, result.Seq));
                        if (acks.Count >= KillAfter)
                            enough.TrySetResult();
                    }
                }
            })).ToList();

            gate.SetResult();
            var all = Task.WhenAll(clients);
            await Task.WhenAny(enough.Task, all, Task.Delay(Timeout.Infinite, deadline.Token).ContinueWith(_ => { }, TaskScheduler.Default));
            Assert.True(enough.Task.IsCompleted, $"only {acks.Count} ballots acknowledged before the clients stopped; unexpected answers: {string.Join("; ", unexpected.Take(3))}\n{server.Errors}");
            await server.KillAsync();
            await all.WaitAsync(TimeSpan.FromMinutes(2));
        }

        Assert.Empty(unexpected);
        Assert.True(acks.Count < Clients * Motions && failures > 0, $"the kill came after every ballot was in ({acks.Count} acknowledged); nothing was interrupted");

        // Restart on the same folder, on a new port: the killed server's may still be held, or taken meanwhile.
        await using (var restarted = await CouncilsProcess.StartServerOnFreePortAsync(StartTimeout, "serve", "--data", data.Path))
        {
            using var http = new HttpClient { BaseAddress = new Uri(restarted.Url), Timeout = TimeSpan.FromSeconds(60) };
            var body = (await http.GetFromJsonAsync<BodyView>($"api/bodies/{Body}"))!;
            var keys = body.Members.ToDictionary(m => m.Handle!, m => m.Key);

            foreach (var motion in motions)
            {
                var view = (await http.GetFromJsonAsync<MotionView>($"api/bodies/{Body}/motions/{motion}"))!;
                Assert.Equal(view.Ballots.Count, view.Ballots.Select(b => b.Member).Distinct().Count());
                Assert.Equal(view.BallotsCast, view.Ballots.Count);
                var bySeq = view.Ballots.ToDictionary(b => b.Seq);
                foreach (var ack in acks.Where(a => a.Motion == motion))
                {
                    Assert.True(bySeq.TryGetValue(ack.Seq, out var ballot), $"acknowledged ballot {ack} is lost");
                    Assert.Equal(keys[ack.Handle], ballot.Member);
                }
            }

            var entries = ExportFile.Lines(await http.GetByteArrayAsync($"api/bodies/{Body}/log"))
                .Where(l => !l.IsCheckpoint).Select(l => Entry.Parse(l.Bytes)).ToList();
            Assert.Equal(Enumerable.Range(0, entries.Count).Select(i => (long)i), entries.Select(e => e.Seq));
            var ballots = entries.Where(e => e.Kind == "ballot.cast")
                .GroupBy(e => (Motion: e.Payload["motion"]!.GetValue<long>(), Author: e.Author.ToString())).ToList();
            Assert.All(ballots, g => Assert.True(g.Count() == 1, $"{g.Count()} ballots by {g.Key.Author} on motion {g.Key.Motion}"));
            Assert.True(ballots.Count >= acks.Count);
            output.WriteLine($"{acks.Count} ballots acknowledged, {failures} clients cut off by the kill, {ballots.Count} ballots in the log after restart.");
            Assert.All(acks, a => Assert.Contains((a.Motion, keys[a.Handle]), ballots.Select(g => g.Key)));

            using var verify = await http.PostAsync("api/verify", null);
            var report = (await verify.Content.ReadFromJsonAsync<VerifyReport>())!;
            Assert.True(report.Ok, report.Failure?.Message);
        }

        var verified = await Command.OkAsync("verify", "--data", data.Path);
        Assert.StartsWith("Verified: 1 bodies", verified.Out, StringComparison.Ordinal);
    }

    /// <summary>A body of 200 founders, each with a handle the node holds, and a few open motions.</summary>
    private static async Task<long[]> PrepareAsync(HttpClient http)
    {
        var founders = Enumerable.Range(1, Clients).Select(i => new { name = $"Member {i:000}", handle = Handle(i) }).ToArray();
        using (var created = await http.PostAsJsonAsync("api/bodies", new { name = "Kill Works", kind = "workplace-committee", id = Body, founders }))
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var motions = new long[Motions];
        for (var i = 0; i < Motions; i++)
        {
            using var opened = await http.PostAsJsonAsync($"api/bodies/{Body}/motions", new { by = Handle(1), title = $"Motion {i + 1}" });
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
            motions[i] = (await opened.Content.ReadFromJsonAsync<MotionView>())!.Id;
        }
        return motions;
    }

    private static string Handle(int member) => $"m{member:000}";
}
