using System.Text.Json.Nodes;
using Councils.Accounts;
using Councils.Domain;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Node.Requests;

namespace Councils.Browser.Tests.Support;

/// <summary>
/// A cell and a federation of a test's own, built through the node as the demo builds its own. The cell's first
/// founder is a demo person of the Vyborg side (the same key, so the demo account acts in the cell); the other two
/// are new people with keys of their own: the cell joins the federation by its decision and elects the first of them
/// (<see cref="Delegate"/>), the other becomes the substitute. Flows that elect, mandate or recall change a cell's
/// delegates for good, so each takes one of these rather than a demo cell another test reads; and no demo person
/// takes a seat, so no other test finds one holding more posts than a charter allows.
/// </summary>
public sealed record OwnFederation(string Cell, string CellName, string Federation, string Delegate, string DelegateKey, string Substitute)
{
    /// <summary>The demo person who founds the cell with two new people and proposes its motions.</summary>
    public const string Founder = "dmitri-popov";

    private const string DelegateName = "Vera Zasulich";
    private const string SubstituteName = "Ivan Kalyayev";

    public static async Task<OwnFederation> CreateAsync(BrowserFixture fixture, string name, CancellationToken ct)
    {
        var node = fixture.Node;
        var slug = string.Concat(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
        var federation = $"{slug}-federation";
        var cell = slug;
        var matters = new Matters([new("transport", DecisionMode.Delegates)], Fraction.Half, Fraction.Half);
        await node.CreateBodyAsync(new CreateBody($"{name} Federation", "federation", federation, [],
            (Charter.For(BodyKind.Federation) with { Matters = matters }).ToJson()), ct);

        var founder = (await node.GetBodyAsync("vyborg-side", ct)).Members.Single(m => m.Handle == Founder);
        var created = await node.CreateBodyAsync(new CreateBody(name, "workplace-committee", cell,
            [new NewMember(founder.Name, Founder), new NewMember(DelegateName), new NewMember(SubstituteName)]), ct);
        var members = created.Members.ToDictionary(m => m.Name, m => m);
        string[] voters = [Founder, members[DelegateName].Handle!, members[SubstituteName].Handle!];
        await DecideAsync(fixture, cell, voters, "Join the federation", new JsonObject
        {
            ["type"] = "federation.join", ["federation"] = federation, ["competences"] = new JsonArray("transport"),
        }, ct);

        // Everyone ranks the delegate first, so the other is the substitute.
        string[] ranked = [members[DelegateName].Key, members[SubstituteName].Key];
        var election = await node.ElectDelegatesAsync(cell, new ElectDelegates(Founder, federation, ranked), ct);
        foreach (var voter in voters)
        {
            var ranking = new JsonArray([.. ranked.Select(k => (JsonNode)new JsonArray(k))]);
            await node.CastBallotAsync(cell, election.Id, new CastBallot(voter, new JsonObject { ["ranking"] = ranking }), ct);
        }
        await node.CloseMotionAsync(cell, election.Id, new CloseMotion(Founder), ct);

        // The demo's accounts are linked to every body their people are members of, the new one included.
        await DemoAccounts.CreateAsync(fixture.Services, ct);
        return new OwnFederation(cell, name, federation, DelegateName, ranked[0], SubstituteName);
    }

    private static async Task DecideAsync(BrowserFixture fixture, string cell, string[] voters, string title, JsonObject effect, CancellationToken ct)
    {
        var motion = await fixture.Node.OpenMotionAsync(cell, new OpenMotion(voters[0], title, "", null, effect), ct);
        foreach (var voter in voters)
            await fixture.Node.CastBallotAsync(cell, motion.Id, new CastBallot(voter, new JsonObject { ["choice"] = "yes" }), ct);
        await fixture.Node.CloseMotionAsync(cell, motion.Id, new CloseMotion(voters[0]), ct);
    }
}
