using System.Text;
using System.Text.Json.Nodes;
using Councils.Domain.Record;
using Councils.Node.Requests;
using Councils.Node.Tests.Support;
using Councils.Node.Views;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Tests;

// The record as a whole: rebuilding the query tables, verifying, exporting and importing.
public abstract partial class LocalNodeTests
{
    /// <summary>
    /// The demo's logs, counted by hand from Demo.cs and DemoFederation.cs: each act is one event
    /// and one transaction, so one checkpoint, except that an agenda item opens with its rolls in
    /// one transaction. Putilov: created, 4 admitted, two decided motions of 6 ballots (8 events
    /// each), a report, a motion with 2 ballots: 25; then join, elect, mandate, ratify (8 each): 57.
    /// Kharkiv: created, 3 admitted, two decided motions of 5 ballots (7 each), a motion with 1
    /// ballot: 20; then join, elect, mandate, recall, ratify (7 each): 55. Huliaipole (7 founders):
    /// created, a decided motion of 7 ballots (9), a report, a motion with 3 ballots: 15. Vyborg:
    /// created, 3 admitted, a motion with 2 ballots, a Schulze motion of 5 ballots: 14; then join,
    /// elect, mandate, ratify (7 each): 42. The federation: created; 3 joined, 3 seated; the tram
    /// item with 3 rolls (one transaction), 3 mandates, a refused ballot, a recall, 3 ballots, the
    /// decision; the budget with 3 rolls, 16 ballots, the decision; the statutes with 3 rolls, 3
    /// ratifications, the decision: 49 events in 43 transactions. Twenty-two decisions.
    /// </summary>
    private static readonly Dictionary<string, long> DemoEvents = new()
    {
        ["putilov-works"] = 57,
        ["kharkiv-tram-workshop"] = 55,
        ["huliaipole-commune"] = 15,
        ["vyborg-side"] = 42,
        ["petrograd-federation"] = 49,
    };

    [Fact]
    public async Task Verify_TheDemo_IsOkWithEveryEventCheckpointAndDecisionCounted()
    {
        await using var node = await OpenFreshNodeAsync();
        await Demo.LoadAsync(node, Ct);

        var report = await node.VerifyAsync(Ct);

        Assert.True(report.Ok, report.Failure?.Message);
        Assert.Equal((5L, 218L, 209L, 22L), (report.Bodies, report.Events, report.Checkpoints, report.Decisions));
        Assert.Equal(DemoEvents.OrderBy(b => b.Key), (await node.ListBodiesAsync(Ct)).Select(b => KeyValuePair.Create(b.Id, b.Events)).OrderBy(b => b.Key));
    }

    [Fact]
    public async Task Rebuild_AfterTheDemoAndMoreActs_GivesExactlyTheTablesTheAppendsGave()
    {
        await using var node = await OpenFreshNodeAsync();
        await Demo.LoadAsync(node, Ct);
        await MoreActsAsync(node);
        var incremental = await Tables.DumpAsync(node.Databases, Tables.Query);

        Assert.Equal(5, await node.RebuildAsync(Ct));

        Assert.Equal(incremental, await Tables.DumpAsync(node.Databases, Tables.Query));
        Assert.All(incremental.Split('\n').Where(l => l.StartsWith("== ", StringComparison.Ordinal)),
            header => Assert.DoesNotContain("(0 rows)", header, StringComparison.Ordinal));
        // The node goes on from the rebuilt tables, and a rebuild of a rebuild changes nothing.
        var furnace = (await node.GetBodyAsync("putilov-works", Ct)).Motions.First(m => m.Status == "Open").Id;
        await node.CastBallotAsync("putilov-works", furnace, new CastBallot("semyon-volkov", Choice("no")), Ct);
        var after = await Tables.DumpAsync(node.Databases, Tables.Query);
        await node.RebuildAsync(Ct);
        Assert.Equal(after, await Tables.DumpAsync(node.Databases, Tables.Query));
        await AssertVerifiesAsync(node);
    }

    [Fact]
    public async Task Import_EveryBodyOfTheDemoIntoAFreshNode_VerifiesAndReadsTheSame()
    {
        await using var source = await OpenFreshNodeAsync();
        await Demo.LoadAsync(source, Ct);
        await MoreActsAsync(source);
        await using var target = await OpenFreshNodeAsync();

        foreach (var body in await source.ListBodiesAsync(Ct))
        {
            var file = await ExportAsync(source, body.Id);
            var imported = await target.ImportAsync(new MemoryStream(file), Ct);

            Assert.Equal(body.Id, imported.Body);
            Assert.Equal(body.Events, imported.Events);
            Assert.Equal(file, await ExportAsync(target, body.Id));
            // Handles name keys a node holds; the target holds none of them.
            Assert.Equal(Json(WithoutHandles(await source.GetBodyAsync(body.Id, Ct))), Json(await target.GetBodyAsync(body.Id, Ct)));
            foreach (var motion in (await source.GetBodyAsync(body.Id, Ct)).Motions)
                Assert.Equal(Json(await source.GetMotionAsync(body.Id, motion.Id, Ct)), Json(await target.GetMotionAsync(body.Id, motion.Id, Ct)));
        }

        var (expected, actual) = (await source.VerifyAsync(Ct), await target.VerifyAsync(Ct));
        Assert.True(actual.Ok, actual.Failure?.Message);
        Assert.Equal(expected, actual);
        Assert.Equal(await Tables.DumpAsync(source.Databases, Tables.Query), await Tables.DumpAsync(target.Databases, Tables.Query));

        // The log goes on at the target: a member who holds their key signs the next entry there.
        await using (var db = source.Databases.CreateDbContext())
        {
            using var semyon = SigningKey.FromSeed((await db.HeldKeys.SingleAsync(k => k.Handle == "semyon-volkov")).Seed);
            var creche = (await target.GetBodyAsync("putilov-works", Ct)).Motions.First(m => m.Status == "Open").Id;
            var head = await target.GetHeadAsync("putilov-works", Ct);
            await target.AppendSignedAsync("putilov-works", BallotEntry("putilov-works", head, creche, "yes", semyon).Bytes, Ct);
        }
        Assert.Equal(1, (await target.GetBodyAsync("putilov-works", Ct)).Motions.First(m => m.Status == "Open").BallotsCast);
        await AssertVerifiesAsync(target);
    }

    [Fact]
    public async Task Import_TamperedExport_IsRefusedAndWritesNothing()
    {
        await using var node = await OpenNodeAsync();
        var committee = await CommitteeAsync(node, 3);
        var motion = (await node.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Buy a lathe"), Ct)).Id;
        foreach (var (handle, choice) in committee.Handles.Zip(["yes", "no", "yes"]))
            await node.CastBallotAsync(committee.Id, motion, new CastBallot(handle, Choice(choice)), Ct);
        await node.CloseMotionAsync(committee.Id, motion, new CloseMotion(), Ct);
        var lines = await ExportLinesAsync(node, committee.Id);
        var nodeKey = await NodeSigningKeyAsync(node);
        var foreign = (await ExportLinesAsync(node, (await CommitteeAsync(node, 3)).Id))[4];
        await using var target = await OpenFreshNodeAsync();
        var before = await Tables.DumpAsync(target.Databases, Tables.All);

        foreach (var (what, tampered) in Tampered(lines, foreign, nodeKey))
        {
            var refusal = await RefusedAsync(() => target.ImportAsync(new MemoryStream(tampered), Ct));
            Assert.True(refusal.Rule == "import-unverified", $"{what}: {refusal.Rule}");
            Assert.Contains("line ", refusal.Message, StringComparison.Ordinal);
            Assert.Equal(before, await Tables.DumpAsync(target.Databases, Tables.All));
        }

        // The untouched export imports; a second import of it is refused and changes nothing.
        var file = Join(lines);
        await target.ImportAsync(new MemoryStream(file), Ct);
        var imported = await Tables.DumpAsync(target.Databases, Tables.All);
        Assert.Equal("body-exists", (await RefusedAsync(() => target.ImportAsync(new MemoryStream(file), Ct))).Rule);
        Assert.Equal(imported, await Tables.DumpAsync(target.Databases, Tables.All));
    }

    /// <summary>Every kind of table row the demo lacks: an admission by decision, a self-signed joining, an objection, lapsed motions, a late report.</summary>
    private async Task MoreActsAsync(LocalNode node)
    {
        var commune = await node.GetBodyAsync("huliaipole-commune", Ct);
        var nestor = SigningKey.Generate().PublicKey.ToString();
        var admit = await node.OpenMotionAsync(commune.Id, new OpenMotion(commune.Members[0].Handle!, "Admit Nestor", "He ploughs the north field.",
            null, new JsonObject { ["member"] = nestor, ["name"] = "Nestor", ["type"] = "member.admit" }), Ct);
        foreach (var member in commune.Members)
            await node.CastBallotAsync(commune.Id, admit.Id, new CastBallot(member.Handle!, Choice("yes")), Ct);
        await node.CloseMotionAsync(commune.Id, admit.Id, new CloseMotion(), Ct);

        var tram = await node.GetBodyAsync("kharkiv-tram-workshop", Ct);
        var night = tram.Motions.First(m => m.Status == "Open").Id;
        var asked = await node.PostContributionAsync(tram.Id, night, new PostContribution(tram.Members[1].Handle!, "Who drives the night cars in January?"), Ct);
        await node.PostContributionAsync(tram.Id, night, new PostContribution(tram.Members[0].Handle!, "Volunteers, in turn,\nand no one twice a week.", asked.Seq), Ct);
        await node.CastBallotAsync(tram.Id, night, new CastBallot(tram.Members[1].Handle!,
            new JsonObject { ["choice"] = "object", ["reason"] = "Volunteer crews all winter will be crews too tired to drive." }), Ct);
        await node.CastBallotAsync(tram.Id, night, new CastBallot(tram.Members[2].Handle!, new JsonObject { ["choice"] = "stand-aside" }), Ct);
        await node.CloseMotionAsync(tram.Id, night, new CloseMotion(tram.Members[1].Handle), Ct);

        using var vera = SigningKey.Generate();
        var head = await node.GetHeadAsync("vyborg-side", Ct);
        await node.AppendSignedAsync("vyborg-side", Entry.Create("vyborg-side", head.Size, Sha256Hash.Parse(head.Hash!), Clock.GetUtcNow().ToUnixTimeMilliseconds(),
            "member.admitted", new JsonObject { ["member"] = vera.PublicKey.ToString(), ["name"] = "Vera Zasulich" }, vera).Bytes, Ct);

        var canteen = (await node.GetBodyAsync("putilov-works", Ct)).Motions.First(m => m.Outcome == "rejected").Id;
        await node.AttachMinorityReportAsync("putilov-works", canteen, new AttachMinorityReport("olga-ivanova", "The lot would have been fairer than the rota."), Ct);

        // The open motions run out of time; the node decides them, lapsed for want of quorum.
        Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(3, await node.CloseDueMotionsAsync(Ct));
        await node.OpenMotionAsync("putilov-works", new OpenMotion("pyotr-sokolov", "Build a creche by the gate"), Ct);
    }

    /// <summary>Ways to spoil an export, each of which the verifier must catch.</summary>
    private static IEnumerable<(string What, byte[] File)> Tampered(List<byte[]> lines, byte[] foreign, SigningKey nodeKey)
    {
        byte[] With(Func<List<byte[]>, List<byte[]>> change) => Join(change([.. lines]));
        string Text(byte[] line) => Encoding.UTF8.GetString(line);
        var ballot = lines.FindIndex(l => Text(l).Contains("\"choice\":\"no\"", StringComparison.Ordinal));
        var entries = Enumerable.Range(0, lines.Count).Where(i => !Text(lines[i]).StartsWith("{\"checkpoint\"", StringComparison.Ordinal)).ToList();
        var checkpoints = Enumerable.Range(0, lines.Count).Except(entries).ToList();

        yield return ("a ballot changed", With(l =>
        {
            l[ballot] = Encoding.UTF8.GetBytes(Text(l[ballot]).Replace("\"no\"", "\"yes\"", StringComparison.Ordinal));
            return l;
        }));
        yield return ("an entry left out", With(l =>
        {
            l.RemoveAt(ballot);
            return l;
        }));
        yield return ("two entries swapped", With(l =>
        {
            (l[entries[3]], l[entries[4]]) = (l[entries[4]], l[entries[3]]);
            return l;
        }));
        yield return ("two checkpoints swapped", With(l =>
        {
            (l[checkpoints[2]], l[checkpoints[5]]) = (l[checkpoints[5]], l[checkpoints[2]]);
            return l;
        }));
        yield return ("cut off in the middle of a line", Join(lines)[..^40]);
        yield return ("a line of another body's log", With(l =>
        {
            l[entries[2]] = foreign;
            return l;
        }));
        // The last entry is the node's decision: re-signed by the node with another outcome, it is
        // a good signature over a decision the ballots do not give.
        var decision = Entry.Parse(lines[entries[^1]]);
        var payload = decision.Payload;
        payload["outcome"] = "rejected";
        yield return ("the decision re-signed with another outcome", With(l =>
        {
            l[entries[^1]] = Entry.Create(decision.Body, decision.Seq, decision.Prev, decision.At, decision.Kind, payload, nodeKey).Bytes.ToArray();
            return l;
        }));
    }

    private static byte[] Join(IEnumerable<byte[]> lines)
    {
        using var file = new MemoryStream();
        foreach (var line in lines)
            ExportFile.WriteLine(file, line);
        return file.ToArray();
    }

    private static async Task<SigningKey> NodeSigningKeyAsync(LocalNode node)
    {
        await using var db = node.Databases.CreateDbContext();
        return SigningKey.FromSeed((await db.Node.SingleAsync()).Seed);
    }

    private static BodyView WithoutHandles(BodyView body) => body with { Members = body.Members.Select(m => m with { Handle = null }).ToList() };
}
