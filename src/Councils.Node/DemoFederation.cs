using System.Text.Json.Nodes;
using Councils.Domain;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Node.Requests;

namespace Councils.Node;

/// <summary>
/// The demo's regional federation, built from below: three cells join it by their own decisions,
/// elect their delegates by STV, mandate them on an item about the trams; the tram workshop's
/// delegate votes against its mandate and is refused, the workshop recalls him and his substitute
/// votes; the federation decides by its delegates, by a referendum of every member and by the
/// cells' ratification.
/// </summary>
internal sealed class DemoFederation(INode node, string[] putilov, string[] vyborg, string[] kharkiv, CancellationToken ct)
{
    public const string Id = "petrograd-federation";

    private const string Putilov = "putilov-works";
    private const string Vyborg = "vyborg-side";
    private const string Kharkiv = "kharkiv-tram-workshop";

    public async Task LoadAsync()
    {
        var matters = new Matters(
            [new("transport", DecisionMode.Delegates), new("budget", DecisionMode.Referendum), new("statutes", DecisionMode.Ratification)],
            Fraction.Half, Fraction.Half);
        await node.CreateBodyAsync(new CreateBody("Petrograd Regional Federation", "federation", Id, [],
            (Charter.For(BodyKind.Federation) with { Matters = matters }).ToJson()), ct);

        var join = new JsonObject
        {
            ["type"] = "federation.join", ["federation"] = Id, ["competences"] = new JsonArray("budget", "statutes", "transport"),
        };
        await DecideAsync(Putilov, putilov, "Join the Petrograd federation", join, "yes");
        await DecideAsync(Vyborg, vyborg, "Join the Petrograd federation", join, "yes");
        await DecideAsync(Kharkiv, kharkiv, "Join the Petrograd federation", join, "consent");

        await ElectAsync(Putilov, putilov, [putilov[0], putilov[1], putilov[2]]);
        await ElectAsync(Vyborg, vyborg, [vyborg[0], vyborg[1]]);
        await ElectAsync(Kharkiv, kharkiv, [kharkiv[0], kharkiv[1]]);

        var trams = await node.OpenMotionAsync(Id, new OpenMotion(putilov[0], "Extend tram line 4 to the Vyborg side",
            "The tram workshop builds the cars, the Putilov works the rails; the line opens by spring.", Matter: "transport"), ct);
        await MandateAsync(Putilov, putilov, trams.Id, "yes");
        await MandateAsync(Vyborg, vyborg, trams.Id, "yes", "abstain");
        await MandateAsync(Kharkiv, kharkiv, trams.Id, "no");

        // The workshop's delegate votes against his mandate: refused, and the refusal is recorded.
        try
        {
            await node.CastBallotAsync(Id, trams.Id, new CastBallot(kharkiv[0], Choice("yes")), ct);
        }
        catch (RuleViolation refused) when (refused.Rule == Rules.Mandate)
        {
        }
        var delegateKey = (await node.GetBodyAsync(Kharkiv, ct)).Members.First(m => m.Handle == kharkiv[0]).Key;
        await DecideAsync(Kharkiv, kharkiv, "Recall our delegate, who broke the mandate",
            new JsonObject { ["type"] = "delegate.recall", ["federation"] = Id, ["delegate"] = delegateKey }, "consent");
        await node.CastBallotAsync(Id, trams.Id, new CastBallot(kharkiv[1], Choice("no")), ct);
        await node.CastBallotAsync(Id, trams.Id, new CastBallot(putilov[0], Choice("yes")), ct);
        await node.CastBallotAsync(Id, trams.Id, new CastBallot(vyborg[0], Choice("abstain")), ct);
        await node.CloseMotionAsync(Id, trams.Id, new CloseMotion(putilov[0]), ct);

        var budget = await node.OpenMotionAsync(Id, new OpenMotion(vyborg[0], "A common winter fund for fuel",
            "Each cell pays a tenth of its surplus into a fund that buys coal for every district.", Matter: "budget"), ct);
        var everyone = putilov.Concat(vyborg).Concat(kharkiv).ToList();
        for (var i = 0; i < everyone.Count; i++)
            await node.CastBallotAsync(Id, budget.Id, new CastBallot(everyone[i], Choice(i % 4 == 3 ? "no" : "yes")), ct);
        await node.CloseMotionAsync(Id, budget.Id, new CloseMotion(vyborg[0]), ct);

        var statutes = await node.OpenMotionAsync(Id, new OpenMotion(putilov[0], "Statutes of the federation",
            "The federation holds only the competences its cells delegate; any cell may leave with its whole record.", Matter: "statutes"), ct);
        await RatifyAsync(Putilov, putilov, statutes.Id, "yes");
        await RatifyAsync(Vyborg, vyborg, statutes.Id, "yes");
        await RatifyAsync(Kharkiv, kharkiv, statutes.Id, "object");
        await node.CloseMotionAsync(Id, statutes.Id, new CloseMotion(putilov[0]), ct);
    }

    private async Task DecideAsync(string cell, string[] people, string title, JsonObject effect, string choice, JsonObject? method = null,
        Func<int, JsonObject>? ballot = null)
    {
        var open = await node.OpenMotionAsync(cell, new OpenMotion(people[0], title, "", method, effect), ct);
        for (var i = 0; i < people.Length; i++)
            await node.CastBallotAsync(cell, open.Id, new CastBallot(people[i], ballot?.Invoke(i) ?? Choice(choice)), ct);
        await node.CloseMotionAsync(cell, open.Id, new CloseMotion(people[0]), ct);
    }

    private async Task ElectAsync(string cell, string[] people, string[] candidates)
    {
        var members = (await node.GetBodyAsync(cell, ct)).Members.ToDictionary(m => m.Handle!, m => m.Key);
        var keys = candidates.Select(c => members[c]).ToArray();
        var method = new JsonObject
        {
            ["type"] = "stv", ["rules"] = "scottish", ["seats"] = 1, ["options"] = new JsonArray([.. keys.Select(k => (JsonNode)k)]),
        };
        // Each member ranks the candidates, starting from a different one, so the count has something to do.
        await DecideAsync(cell, people, "Elect our delegate to the Petrograd federation",
            new JsonObject { ["type"] = "delegates.elect", ["federation"] = Id }, "", method, i =>
            {
                var order = keys.Skip(i % 3 == 2 ? 1 : 0).Concat(keys.Take(i % 3 == 2 ? 1 : 0));
                return new JsonObject { ["ranking"] = new JsonArray([.. order.Select(k => (JsonNode)new JsonArray(k))]) };
            });
    }

    private Task MandateAsync(string cell, string[] people, long item, params string[] allow) =>
        DecideAsync(cell, people, $"Our mandate on item {item}: {string.Join(" or ", allow)}", new JsonObject
        {
            ["type"] = "mandate.set", ["federation"] = Id, ["motion"] = item,
            ["allow"] = new JsonArray([.. allow.Select(a => (JsonNode)a)]), ["fallback"] = null, ["revision"] = 0,
        }, cell == Kharkiv ? "consent" : "yes");

    private Task RatifyAsync(string cell, string[] people, long item, string choice) =>
        DecideAsync(cell, people, "Ratify the federation's statutes", new JsonObject { ["type"] = "ratification.answer", ["federation"] = Id, ["motion"] = item },
            choice, ballot: i => choice == "object" && i == 2
                ? new JsonObject { ["choice"] = "object", ["reason"] = "The statutes say nothing of how a cell's delegates report back; we cannot ratify that." }
                : Choice(choice == "object" ? "consent" : choice));

    private static JsonObject Choice(string choice) => new() { ["choice"] = choice };
}
