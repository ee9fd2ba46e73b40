using System.Text.Json.Nodes;
using Councils.Domain;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Node;
using Councils.Node.Requests;
using Councils.Node.Views;

namespace Councils.Tests.Support;

/// <summary>
/// The federation the federation tests share: Petrograd, deciding transport by delegates, the budget
/// by referendum and statutes by ratification (housing is named but no cell delegates it), and
/// three cells of the default workplace charter (one seat each, any one member starts a recall).
/// </summary>
public static class Federated
{
    public const string Federation = "petrograd";
    public const string A = "putilov-works";
    public const string B = "vyborg-side";
    public const string C = "narva-gate";

    /// <summary>Each cell and its people; the first three of each stand for election in this order, so the first is seated.</summary>
    public static readonly IReadOnlyList<(string Cell, string[] People)> Cells =
    [
        (A, ["Ana", "Anton", "Alla", "Arkady"]),
        (B, ["Boris", "Bella", "Bogdan"]),
        (C, ["Cyril", "Clara", "Chaim"]),
    ];

    public static readonly string[] Competences = ["transport", "budget", "statutes"];

    public static JsonObject Charter() =>
        (Domain.Charters.Charter.For(BodyKind.Federation) with
        {
            Matters = new Matters(
                [new("transport", DecisionMode.Delegates), new("budget", DecisionMode.Referendum), new("statutes", DecisionMode.Ratification), new("housing", DecisionMode.Delegates)],
                Fraction.Half, Fraction.Half),
        }).ToJson();

    public static string Handle(string name) => name.ToLowerInvariant();

    public static string[] Handles(string cell) => [.. Cells.Single(c => c.Cell == cell).People.Select(Handle)];

    /// <summary>
    /// Through the node directly: the federation and its cells, joined, with their delegates elected,
    /// an agenda item on transport open, and A bound to yes, B free to vote yes or abstain, C bound to no.
    /// Returns the item.
    /// </summary>
    public static async Task<long> SetUpAsync(INode node, CancellationToken ct)
    {
        await node.CreateBodyAsync(new CreateBody("Petrograd", "federation", Federation, [], Charter()), ct);
        foreach (var (cell, people) in Cells)
        {
            await node.CreateBodyAsync(new CreateBody(cell, "workplace-committee", cell, [.. people.Select(p => new NewMember(p))]), ct);
            await DecideAsync(node, cell, new JsonObject { ["competences"] = new JsonArray([.. Competences.Select(c => (JsonNode)c)]), ["federation"] = Federation, ["type"] = "federation.join" }, ct);
            var election = await node.ElectDelegatesAsync(cell, new ElectDelegates(Handles(cell)[0], Federation, Handles(cell)[..3]), ct);
            var ranking = new JsonArray([.. election.Method["options"]!.AsArray().Select(o => (JsonNode)new JsonArray(o!.GetValue<string>()))]);
            await DecideAsync(node, cell, election.Id, _ => new JsonObject { ["ranking"] = ranking.DeepClone() }, ct);
        }
        var item = await node.OpenMotionAsync(Federation, new OpenMotion(Handles(A)[0], "Tram line to the Vyborg side", Matter: "transport"), ct);
        foreach (var (cell, allow) in new[] { (A, new[] { "yes" }), (B, ["yes", "abstain"]), (C, ["no"]) })
            await DecideAsync(node, cell, Mandate(item.Id, allow), ct);
        return item.Id;
    }

    public static JsonObject Mandate(long item, string[] allow, int revision = 0) => new()
    {
        ["allow"] = new JsonArray([.. allow.Select(a => (JsonNode)a)]), ["fallback"] = null, ["federation"] = Federation,
        ["motion"] = item, ["revision"] = revision, ["type"] = "mandate.set",
    };

    /// <summary>A cell's motion with the effect, every member voting yes, closed by its proposer.</summary>
    public static async Task<MotionView> DecideAsync(INode node, string cell, JsonObject effect, CancellationToken ct)
    {
        var opened = await node.OpenMotionAsync(cell, new OpenMotion(Handles(cell)[0], effect["type"]!.GetValue<string>(), Effect: effect), ct);
        return await DecideAsync(node, cell, opened.Id, _ => new JsonObject { ["choice"] = "yes" }, ct);
    }

    private static async Task<MotionView> DecideAsync(INode node, string cell, long motion, Func<string, JsonObject> ballot, CancellationToken ct)
    {
        foreach (var member in Handles(cell))
            await node.CastBallotAsync(cell, motion, new CastBallot(member, ballot(member)), ct);
        var decided = await node.CloseMotionAsync(cell, motion, new CloseMotion(Handles(cell)[0]), ct);
        Assert.Equal("carried", decided.Decision?.Outcome);
        return decided;
    }
}
