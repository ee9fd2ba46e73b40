using System.Text.Json.Nodes;
using Councils.Accounts;
using Councils.Domain;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Node.Requests;

namespace Councils.Browser.Tests.Support;

/// <summary>
/// A cell and a federation of a test's own, built through the node as the demo builds its own: the cell's founders
/// are demo people of the Vyborg side (the same keys, so their demo accounts act in it), it joins the federation by
/// its decision and elects <see cref="Delegate"/> to its seat. Flows that elect, mandate or recall change a cell's
/// delegates for good, so each takes one of these rather than a demo cell another test reads.
/// </summary>
public sealed record OwnFederation(string Cell, string CellName, string Federation, string Delegate, string DelegateKey)
{
    /// <summary>The Vyborg side's people who found the cell; the first proposes, the second is elected, the third is the substitute.</summary>
    private static readonly string[] Founders = ["dmitri-popov", "zoya-fedorova", "arkady-novikov"];

    public static async Task<OwnFederation> CreateAsync(BrowserFixture fixture, string name, CancellationToken ct)
    {
        var node = fixture.Node;
        var slug = string.Concat(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
        var federation = $"{slug}-federation";
        var cell = slug;
        var matters = new Matters([new("transport", DecisionMode.Delegates)], Fraction.Half, Fraction.Half);
        await node.CreateBodyAsync(new CreateBody($"{name} Federation", "federation", federation, [],
            (Charter.For(BodyKind.Federation) with { Matters = matters }).ToJson()), ct);

        var vyborg = (await node.GetBodyAsync("vyborg-side", ct)).Members.ToDictionary(m => m.Handle!, m => m);
        // Every test's cell elects the same person: the cap on posts a person holds is lifted in its charter.
        var delegation = new Delegation(1, Delegation.Default.TermSeconds, Delegation.Default.ConsecutiveTerms, 100, 1);
        await node.CreateBodyAsync(new CreateBody(name, "workplace-committee", cell,
            [.. Founders.Select(h => new NewMember(vyborg[h].Name, h))], (Charter.For(BodyKind.WorkplaceCommittee) with { Delegation = delegation }).ToJson()), ct);
        await DecideAsync(fixture, cell, "Join the federation", new JsonObject
        {
            ["type"] = "federation.join", ["federation"] = federation, ["competences"] = new JsonArray("transport"),
        }, ct);

        // Everyone ranks the second founder first, so the third is the substitute.
        var delegateKey = vyborg[Founders[1]].Key;
        var election = await node.ElectDelegatesAsync(cell, new ElectDelegates(Founders[0], federation, [Founders[1], Founders[2]]), ct);
        foreach (var voter in Founders)
        {
            var ranking = new JsonArray(new JsonArray(delegateKey), new JsonArray(vyborg[Founders[2]].Key));
            await node.CastBallotAsync(cell, election.Id, new CastBallot(voter, new JsonObject { ["ranking"] = ranking }), ct);
        }
        await node.CloseMotionAsync(cell, election.Id, new CloseMotion(Founders[0]), ct);

        // The demo's accounts are linked to every body their people are members of, the new ones included.
        await DemoAccounts.CreateAsync(fixture.Services, ct);
        return new OwnFederation(cell, name, federation, vyborg[Founders[1]].Name, delegateKey);
    }

    private static async Task DecideAsync(BrowserFixture fixture, string cell, string title, JsonObject effect, CancellationToken ct)
    {
        var motion = await fixture.Node.OpenMotionAsync(cell, new OpenMotion(Founders[0], title, "", null, effect), ct);
        foreach (var voter in Founders)
            await fixture.Node.CastBallotAsync(cell, motion.Id, new CastBallot(voter, new JsonObject { ["choice"] = "yes" }), ct);
        await fixture.Node.CloseMotionAsync(cell, motion.Id, new CloseMotion(Founders[0]), ct);
    }
}
