using System.Net;
using System.Net.Http.Json;
using Councils.Node.Views;
using Councils.Tests.Support;

namespace Councils.Tests.Cli;

/// <summary>The README's first command, run as a new user runs it: a process that loads the demo and prints its URL.</summary>
public sealed class DemoVerbTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private static readonly string[] DemoBodies = ["huliaipole-commune", "kharkiv-tram-workshop", "petrograd-federation", "putilov-works", "vyborg-side"];

    [Fact]
    public async Task Demo_AsAProcess_PrintsItsUrlAndServesTheDemoBodies()
    {
        using var data = new TempFolder();
        var url = FreePort.LoopbackUrl();

        await using (var demo = await CouncilsProcess.StartServerAsync(StartTimeout, "demo", "--data", data.Path, "--urls", url))
        {
            Assert.Equal(url + "/", demo.Url);
            Assert.Contains($"Loaded the demo federation into {data.Path}.", demo.Output);
            using var http = new HttpClient { BaseAddress = new Uri(demo.Url), Timeout = TimeSpan.FromSeconds(30) };

            var page = await http.GetStringAsync("");
            Assert.Contains("<a href=\"/bodies/putilov-works\">Putilov Works Committee</a>", page, StringComparison.Ordinal);
            foreach (var id in DemoBodies)
                Assert.Contains($"href=\"/bodies/{id}\"", page, StringComparison.Ordinal);
            // The accounts the README's tour signs in with are announced beside the URL.
            Assert.Contains(demo.Output, l => l.StartsWith("Demo accounts: 23 people", StringComparison.Ordinal) && l.Contains("councils-demo", StringComparison.Ordinal));

            var bodies = (await http.GetFromJsonAsync<List<BodySummary>>("api/bodies"))!;
            Assert.Equal(DemoBodies, bodies.Select(b => b.Id).Order(StringComparer.Ordinal));
            var putilov = (await http.GetFromJsonAsync<BodyView>("api/bodies/putilov-works"))!;
            Assert.Equal(6, putilov.Members.Count);
            // Newest first: its ratification, mandate, election and joining, then its own three motions.
            Assert.Equal(["Decided", "Decided", "Decided", "Decided", "Open", "Decided", "Decided"], putilov.Motions.Select(m => m.Status));
            Assert.Equal(["carried", "carried", "carried", "carried", "carried", "rejected"],
                putilov.Motions.Where(m => m.Outcome is not null).Select(m => m.Outcome!).Order(StringComparer.Ordinal));
            var seat = Assert.Single(Assert.Single(putilov.Federations).Seats);
            Assert.Equal("Olga Ivanova", seat.Holder!.Name);
            var federation = (await http.GetFromJsonAsync<BodyView>("api/bodies/petrograd-federation"))!;
            Assert.Equal(["kharkiv-tram-workshop", "putilov-works", "vyborg-side"], federation.MemberBodies.Select(b => b.Body));
            Assert.Equal(["carried", "carried", "carried"], federation.Motions.Select(m => m.Outcome));
            using var health = await http.GetAsync("health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        // Run again on the same folder, the demo is not loaded twice.
        await using var again = await CouncilsProcess.StartServerAsync(StartTimeout, "demo", "--data", data.Path, "--urls", FreePort.LoopbackUrl());
        Assert.DoesNotContain(again.Output, l => l.StartsWith("Loaded", StringComparison.Ordinal));
        Assert.Contains(again.Output, l => l.StartsWith("Demo accounts: 23 people", StringComparison.Ordinal));
        using var client = new HttpClient { BaseAddress = new Uri(again.Url), Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal(DemoBodies.Length, (await client.GetFromJsonAsync<List<BodySummary>>("api/bodies"))!.Count);
    }
}
