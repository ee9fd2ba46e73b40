using System.Text.Json.Nodes;
using Councils.Node.Requests;

namespace Councils.Node;

/// <summary>
/// A small federation to show a newcomer something real at once: workplace committees, a land
/// commune and a neighbourhood council with members, decided motions (one carried by consent over a
/// stand-aside, one rejected, one charter amendment) with minority reports, and motions still open;
/// then a regional federation of three of the cells (<see cref="DemoFederation"/>).
/// </summary>
public static class Demo
{
    public static async Task LoadAsync(INode node, CancellationToken ct)
    {
        var putilov = await CellAsync(node, "Putilov Works Committee", "putilov-works", "workplace-committee",
            ["Olga Ivanova", "Pyotr Sokolov", "Nadia Kuznetsova", "Grigory Orlov", "Lidia Morozova", "Semyon Volkov"],
            async (people, id) =>
            {
                var week = await DecideAsync(node, id, people, "Six-hour shifts in the rolling mill",
                    "Shorten the rolling-mill shift to six hours and add a fourth crew from the apprentices.",
                    null, ["yes", "yes", "yes", "no", "yes", "abstain"], ct);
                await node.AttachMinorityReportAsync(id, week, new AttachMinorityReport(people[3],
                    "A fourth crew of apprentices alone is unsafe on the hot line; pair each with a rolling hand for the first month."), ct);
                await DecideAsync(node, id, people, "Elect the canteen by lot",
                    "Choose the canteen committee by lot among volunteers each quarter.", null, ["no", "no", "yes", "no", "abstain", "no"], ct);
                await OpenAsync(node, id, people[1], "Repair the number two furnace before winter",
                    "Stop furnace two for ten days in October; the open-hearth crew helps the masons.", null, ct, ("yes", people[1]), ("yes", people[4]));
            }, ct);

        var kharkiv = await CellAsync(node, "Kharkiv Tram Workshop Committee", "kharkiv-tram-workshop", "workplace-committee",
            ["Mykola Bondarenko", "Oksana Shevchenko", "Taras Melnyk", "Iryna Kovalenko", "Andriy Tkachenko"],
            async (people, id) =>
            {
                var charter = new JsonObject
                {
                    ["admission"] = "by-member",
                    ["amendmentMethod"] = new JsonObject { ["type"] = "qualified", ["num"] = 2, ["den"] = 3, ["of"] = "cast" },
                    ["method"] = new JsonObject { ["type"] = "consent" },
                    ["openForSeconds"] = 5 * 24 * 3600,
                    ["quorum"] = new JsonObject { ["num"] = 1, ["den"] = 2 },
                };
                await DecideAsync(node, id, people, "Decide by consent from now on",
                    "Amend the charter: motions are decided by consent, and stay open five days.",
                    new JsonObject { ["type"] = "charter.amend", ["charter"] = charter }, ["yes", "yes", "yes", "yes", "no"], ct, amend: true);
                await DecideAsync(node, id, people, "Lend two fitters to the Putilov works",
                    "Two fitters go to the Putilov works for the furnace repair, paid from our common fund.",
                    null, ["consent", "consent", "stand-aside", "consent", "consent"], ct);
                await OpenAsync(node, id, people[2], "Night service on line 5 through the winter",
                    "Run line 5 all night from December to March with volunteer crews.", null, ct, ("consent", people[0]));
            }, ct);

        await CellAsync(node, "Huliaipole Land Commune", "huliaipole-commune", "land-commune",
            ["Halyna Kuzmenko", "Ivan Lepetchenko", "Maria Nikiforova", "Fedir Shchus", "Kateryna Hrytsenko", "Oleksa Marchenko", "Daria Zinchenko"],
            async (people, id) =>
            {
                var land = await DecideAsync(node, id, people, "Allot the river meadow by eaters",
                    "The river meadow is allotted to households by the number of eaters, not of workers.",
                    new JsonObject { ["type"] = "qualified", ["num"] = 2, ["den"] = 3, ["of"] = "members" },
                    ["yes", "yes", "yes", "yes", "yes", "no", "no"], ct, method: true);
                await node.AttachMinorityReportAsync(id, land, new AttachMinorityReport(people[5],
                    "Households with more hands than mouths will leave the meadow half worked; revisit at harvest."), ct);
                await OpenAsync(node, id, people[0], "Send grain to the Putilov works for rails and ploughs",
                    "Exchange forty tonnes of grain with the Putilov works for rails and twelve ploughs.", null, ct, ("yes", people[0]), ("yes", people[2]), ("no", people[6]));
            }, ct);

        var vyborg = await CellAsync(node, "Vyborg Side Neighbourhood Council", "vyborg-side", "neighbourhood-council",
            ["Elena Smirnova", "Dmitri Popov", "Sofia Lebedeva", "Arkady Novikov", "Zoya Fedorova"],
            async (people, id) =>
            {
                await OpenAsync(node, id, people[0], "Open a reading room in the old bathhouse",
                    "Turn the old bathhouse on Sampsonievsky into a reading room, open every evening.", null, ct, ("yes", people[1]), ("yes", people[3]));
                var naming = await node.OpenMotionAsync(id, new OpenMotion(people[2], "Name the reading room",
                    "Rank the names; the Schulze method picks the one preferred to each other by most.",
                    new JsonObject { ["type"] = "schulze", ["options"] = new JsonArray("Free Word", "Kropotkin", "Sampsonievsky"), ["strength"] = "winning", ["statusQuo"] = null, ["threshold"] = null }), ct);
                string[][][] rankings =
                [
                    [["Free Word"], ["Kropotkin"], ["Sampsonievsky"]],
                    [["Kropotkin"], ["Free Word"], ["Sampsonievsky"]],
                    [["Free Word"], ["Sampsonievsky"], ["Kropotkin"]],
                    [["Sampsonievsky"], ["Free Word"], ["Kropotkin"]],
                    [["Kropotkin", "Free Word"], ["Sampsonievsky"]],
                ];
                for (var i = 0; i < people.Length; i++)
                {
                    var ranking = new JsonArray([.. rankings[i].Select(g => (JsonNode)new JsonArray([.. g.Select(o => (JsonNode)o)]))]);
                    await node.CastBallotAsync(id, naming.Id, new CastBallot(people[i], new JsonObject { ["ranking"] = ranking }), ct);
                }
                await node.CloseMotionAsync(id, naming.Id, new CloseMotion(people[2]), ct);
            }, ct);

        await new DemoFederation(node, putilov, vyborg, kharkiv, ct).LoadAsync();
    }

    private static async Task<string[]> CellAsync(INode node, string name, string id, string kind, string[] people, Func<string[], string, Task> motions, CancellationToken ct)
    {
        // A land commune admits by decision, so all its people found it; the others admit by member.
        var founders = people.Take(kind == "land-commune" ? people.Length : 2).Select(p => new NewMember(p)).ToList();
        var body = await node.CreateBodyAsync(new CreateBody(name, kind, id, founders), ct);
        // In the order of the people named: founders share a seq, so the body's list does not order them.
        var handles = founders.Select(f => body.Members.Single(m => m.Name == f.Name).Handle!).ToList();
        foreach (var person in people.Skip(founders.Count))
            handles.Add((await node.AddMemberAsync(id, new AddMember(person, handles[0]), ct)).Handle!);
        await motions([.. handles], id);
        return [.. handles];
    }

    private static async Task<long> DecideAsync(INode node, string body, string[] people, string title, string text, JsonObject? methodOrEffect,
        string[] choices, CancellationToken ct, bool amend = false, bool method = false)
    {
        var open = await node.OpenMotionAsync(body, new OpenMotion(people[0], title, text, method ? methodOrEffect : null, amend ? methodOrEffect : null), ct);
        for (var i = 0; i < choices.Length; i++)
            await node.CastBallotAsync(body, open.Id, new CastBallot(people[i], Ballot(choices[i])), ct);
        await node.CloseMotionAsync(body, open.Id, new CloseMotion(people[0]), ct);
        return open.Id;
    }

    private static async Task OpenAsync(INode node, string body, string proposer, string title, string text, JsonObject? method, CancellationToken ct,
        params (string Choice, string By)[] ballots)
    {
        var open = await node.OpenMotionAsync(body, new OpenMotion(proposer, title, text, method), ct);
        foreach (var (choice, by) in ballots)
            await node.CastBallotAsync(body, open.Id, new CastBallot(by, Ballot(choice)), ct);
    }

    private static JsonObject Ballot(string choice) => new() { ["choice"] = choice };
}
