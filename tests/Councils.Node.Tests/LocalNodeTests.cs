using System.Text.Json;
using System.Text.Json.Nodes;
using Councils.Domain;
using Councils.Domain.Record;
using Councils.Node.Requests;
using Councils.Node.Tests.Storage;
using Councils.Node.Tests.Support;
using Councils.Node.Views;

namespace Councils.Node.Tests;

/// <summary>
/// The node as its callers use it, against a real database; runs once per provider through its
/// sealed subclasses. Tests of one class run one at a time and share a database, so a test works
/// in bodies and handles of its own, and one that counts the whole node opens a database of its own.
/// </summary>
public abstract partial class LocalNodeTests(StoreFixture store)
{
    private const long Week = 7L * 24 * 3600 * 1000;

    private static readonly string[] People = ["Ana", "Boris", "Clara", "Dmitri", "Elena", "Fyodor", "Galina", "Ivan"];

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    private ManualClock Clock { get; } = new();

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task NewUser_CommitteeOfFiveVotesAndReports_DecisionReadsBackWithCountsAndReport()
    {
        await using var node = await OpenFreshNodeAsync();
        var id = NewBodyId("acme");

        var created = await node.CreateBodyAsync(new CreateBody("Acme Workshop", "workplace-committee", id, [new NewMember("Ana", Handle("Ana"))]), Ct);
        Assert.Equal(("Acme Workshop", "workplace-committee", 1), (created.Name, created.Kind, created.CharterVersion));
        Assert.Equal("by-member", created.Charter["admission"]!.GetValue<string>());
        var ana = Assert.Single(created.Members);
        Assert.Equal(("Ana", Handle("Ana"), 0L), (ana.Name, ana.Handle, ana.AdmittedSeq));

        var keys = new Dictionary<string, string> { ["Ana"] = ana.Key };
        foreach (var name in People[1..5])
        {
            var member = await node.AddMemberAsync(id, new AddMember(name, Handle("Ana"), Handle(name)), Ct);
            Assert.Equal((name, Handle(name)), (member.Name, member.Handle));
            keys[name] = member.Key;
        }

        var opened = await node.OpenMotionAsync(id, new OpenMotion(Handle("Ana"), "Buy a lathe", "We buy a lathe for the tool room."), Ct);
        Assert.Equal(("Open", 5, ana.Key), (opened.Status, opened.Eligible, opened.Proposer));
        Assert.Equal("""{"type":"majority"}""", opened.Method.ToJsonString());
        Assert.Equal(opened.OpenedAt + Week, opened.ClosesAt);

        foreach (var (name, choice) in new[] { ("Ana", "yes"), ("Boris", "yes"), ("Clara", "no"), ("Dmitri", "yes") })
            await node.CastBallotAsync(id, opened.Id, new CastBallot(Handle(name), Choice(choice)), Ct);
        var report = "A lathe without a trained turner is a lathe nobody uses; train one first.";
        await node.AttachMinorityReportAsync(id, opened.Id, new AttachMinorityReport(Handle("Elena"), report), Ct);
        // Yes 3, no 1: even Elena's no would leave it carried, so the proposer may close it early.
        var closed = await node.CloseMotionAsync(id, opened.Id, new CloseMotion(Handle("Ana")), Ct);

        Assert.Equal("Decided", closed.Status);
        var decision = closed.Decision!;
        Assert.Equal(("carried", 1), (decision.Outcome, decision.CharterVersion));
        Assert.Equal("""{"eligible":5,"objections":[],"quorum":3,"tallies":{"abstain":0,"no":1,"yes":3},"turnout":4}""", decision.Count.ToJsonString());
        Assert.Equal(opened.Id + 6, decision.Seq);
        Assert.Equal(["Ana", "Boris", "Clara", "Dmitri"], closed.Ballots.Select(b => b.Name));
        Assert.Equal([keys["Ana"], keys["Boris"], keys["Clara"], keys["Dmitri"]], closed.Ballots.Select(b => b.Member));
        var minority = Assert.Single(closed.MinorityReports);
        Assert.Equal(("Elena", keys["Elena"], report), (minority.Name, minority.Author, minority.Text));

        Assert.Equal(Json(closed), Json(await node.GetMotionAsync(id, opened.Id, Ct)));
        var body = await node.GetBodyAsync(id, Ct);
        Assert.Equal(People[..5], body.Members.Select(m => m.Name));
        var summary = Assert.Single(body.Motions);
        Assert.Equal(("Decided", "carried", 4), (summary.Status, summary.Outcome, summary.BallotsCast));
        Assert.Equal(12, body.Head.Size);

        var verified = await node.VerifyAsync(Ct);
        Assert.True(verified.Ok, verified.Failure?.Message);
        Assert.Equal((1L, 12L, 12L, 1L), (verified.Bodies, verified.Events, verified.Checkpoints, verified.Decisions));
    }

    [Fact]
    public async Task CharterAmendment_CarriedUnderTheAmendmentMethod_BecomesVersionTwoAndSetsTheDefaultMethod()
    {
        await using var node = await OpenNodeAsync();
        var committee = await CommitteeAsync(node, 5);
        var amended = new JsonObject
        {
            ["admission"] = "by-member",
            ["amendmentMethod"] = new JsonObject { ["den"] = 3, ["num"] = 2, ["of"] = "cast", ["type"] = "qualified" },
            ["method"] = new JsonObject { ["type"] = "consent" },
            ["openForSeconds"] = 3 * 24 * 3600,
            ["quorum"] = new JsonObject { ["den"] = 5, ["num"] = 3 },
        };
        var effect = new JsonObject { ["charter"] = amended, ["type"] = "charter.amend" };
        var majority = new JsonObject { ["type"] = "majority" };

        // The motion names simple majority, but a charter amendment is decided by the amendment
        // method, two thirds of the votes cast: 3 yes to 2 no is a majority and not two thirds.
        var first = await DecideAsync(node, committee, "Consent from now on", ["yes", "yes", "yes", "no", "no"], majority, effect);
        Assert.Equal("""{"den":3,"num":2,"of":"cast","type":"qualified"}""", first.Method.ToJsonString());
        Assert.Equal(("rejected", 1), (first.Decision!.Outcome, first.Decision.CharterVersion));
        Assert.Equal(1, (await node.GetBodyAsync(committee.Id, Ct)).CharterVersion);

        var second = await DecideAsync(node, committee, "Consent from now on, again", ["yes", "yes", "yes", "yes", "no"], majority, effect);
        Assert.Equal(("carried", 1), (second.Decision!.Outcome, second.Decision.CharterVersion));
        var body = await node.GetBodyAsync(committee.Id, Ct);
        Assert.Equal(2, body.CharterVersion);
        // The charter as adopted, with the rules the amendment left out at their defaults.
        Assert.Equal(Domain.Charters.Charter.FromJson(amended).ToJson().ToJsonString(), body.Charter.ToJsonString());

        var later = await DecideAsync(node, committee, "Paint the tool room", ["consent", "consent", "stand-aside", "consent", "consent"], null, null);
        Assert.Equal("""{"type":"consent"}""", later.Method.ToJsonString());
        Assert.Equal(3L * 24 * 3600 * 1000, later.ClosesAt - later.OpenedAt);
        Assert.Equal(("carried", 2), (later.Decision!.Outcome, later.Decision.CharterVersion));
        Assert.Equal("""{"eligible":5,"objections":[],"quorum":3,"tallies":{"consent":4,"object":0,"stand-aside":1},"turnout":5}""",
            later.Decision.Count.ToJsonString());

        var charters = (await Tables.DumpAsync(store.Factory, new HashSet<string> { "charters" })).Split('\n')
            .Where(line => line.Contains(committee.Id, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, charters.Count);
        Assert.Contains($"decided_by_motion={second.Id}", charters[1], StringComparison.Ordinal);
        Assert.Contains("version=2", charters[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendSigned_BallotSignedByAMemberWhoHoldsTheirOwnKey_IsStoredAsSent()
    {
        await using var node = await OpenNodeAsync();
        var committee = await CommitteeAsync(node, 3);
        using var olek = SigningKey.Generate();
        await node.AddMemberAsync(committee.Id, new AddMember("Olek", committee.Handles[0], Key: olek.PublicKey.ToString()), Ct);
        var motion = await node.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Buy a lathe"), Ct);

        var head = await node.GetHeadAsync(committee.Id, Ct);
        var entry = BallotEntry(committee.Id, head, motion.Id, "no", olek);
        var appended = await node.AppendSignedAsync(committee.Id, entry.Bytes, Ct);

        Assert.Equal((head.Size, entry.Hash.ToString()), (appended.Seq, appended.Hash));
        var ballot = Assert.Single((await node.GetMotionAsync(committee.Id, motion.Id, Ct)).Ballots);
        Assert.Equal(("Olek", olek.PublicKey.ToString(), """{"choice":"no"}"""), (ballot.Name, ballot.Member, ballot.Ballot.ToJsonString()));
        var lines = await ExportLinesAsync(node, committee.Id);
        Assert.Contains(lines, line => line.SequenceEqual(entry.Bytes.ToArray()));
    }

    [Fact]
    public async Task CastBallot_OneMillisecondBeforeTheDeadline_CountsAndTheNodeClosesAtTheDeadline()
    {
        // The node closes every due motion it holds, so it holds only this one.
        await using var node = await OpenFreshNodeAsync();
        var committee = await CommitteeAsync(node, 3);
        var motion = (await node.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Buy a lathe"), Ct)).Id;
        await node.CastBallotAsync(committee.Id, motion, new CastBallot(committee.Handles[0], Choice("yes")), Ct);

        Clock.Advance(TimeSpan.FromMilliseconds(Week - 1));
        await node.CastBallotAsync(committee.Id, motion, new CastBallot(committee.Handles[1], Choice("no")), Ct);
        Assert.Equal(0, await node.CloseDueMotionsAsync(Ct));
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await node.CloseDueMotionsAsync(Ct));

        var decided = await node.GetMotionAsync(committee.Id, motion, Ct);
        Assert.Equal(("rejected", 2L), (decided.Decision!.Outcome, decided.Decision.Count["turnout"]!.GetValue<long>()));
        Assert.Equal(ManualClock.Start.ToUnixTimeMilliseconds() + Week, decided.Decision.DecidedAt);
        Assert.Equal(0, await node.CloseDueMotionsAsync(Ct));
    }

    [Fact]
    public async Task GetMotion_MemberAdmittedAfterItOpened_IsNotEligibleOnIt()
    {
        await using var node = await OpenNodeAsync();
        var committee = await CommitteeAsync(node, 3);
        var motion = (await node.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Buy a lathe"), Ct)).Id;
        await node.AddMemberAsync(committee.Id, new AddMember("Dmitri", committee.Handles[0], Handle("Dmitri")), Ct);

        Assert.Equal(3, (await node.GetMotionAsync(committee.Id, motion, Ct)).Eligible);
        Assert.Equal(Rules.NotEligible,
            (await RefusedAsync(() => node.CastBallotAsync(committee.Id, motion, new CastBallot(Handle("Dmitri"), Choice("yes")), Ct))).Rule);
        foreach (var handle in committee.Handles)
            await node.CastBallotAsync(committee.Id, motion, new CastBallot(handle, Choice("yes")), Ct);
        var decided = await node.CloseMotionAsync(committee.Id, motion, new CloseMotion(), Ct);
        Assert.Equal((3, 3), (decided.Eligible, decided.Decision!.Count["eligible"]!.GetValue<int>()));
    }

    private Task<LocalNode> OpenNodeAsync() => LocalNode.OpenAsync(store.Options, Clock, Ct);

    /// <summary>A node on a database of its own, for a test that counts or loads the whole node.</summary>
    private async Task<LocalNode> OpenFreshNodeAsync() => await LocalNode.OpenAsync(await store.CreateDatabaseAsync(), Clock, Ct);

    private static string NewBodyId(string stem) => $"{stem}-{Guid.NewGuid():N}";

    /// <summary>Handles name one key on the whole node; the suffix keeps each test's people its own.</summary>
    private string Handle(string name) => $"{name.ToLowerInvariant().Replace(' ', '-')}-{_suffix}";

    private static string PersonName(int i) => i < People.Length ? People[i] : $"Member {i}";

    /// <summary>A workplace committee: the first person founds it and admits the others (or, with <paramref name="founders"/>, all found it).</summary>
    private async Task<Committee> CommitteeAsync(LocalNode node, int size, bool founders = false)
    {
        var id = NewBodyId("workshop");
        var names = Enumerable.Range(0, size).Select(PersonName).ToList();
        var founding = names.Take(founders ? size : 1).Select(n => new NewMember(n, Handle(n))).ToList();
        var body = await node.CreateBodyAsync(new CreateBody("Acme Workshop", "workplace-committee", id, founding), Ct);
        var members = body.Members.ToList();
        foreach (var name in names.Skip(founding.Count))
            members.Add(await node.AddMemberAsync(id, new AddMember(name, Handle(names[0]), Handle(name)), Ct));
        return new Committee(id, members.Select(m => m.Handle!).ToList(), members.Select(m => m.Key).ToList(), members.Select(m => m.Name).ToList());
    }

    /// <summary>Opens a motion, has the committee's first members cast <paramref name="choices"/> in order, and closes it.</summary>
    private static async Task<MotionView> DecideAsync(LocalNode node, Committee committee, string title, string[] choices, JsonObject? method, JsonObject? effect)
    {
        var opened = await node.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], title, "", method, effect), Ct);
        for (var i = 0; i < choices.Length; i++)
            await node.CastBallotAsync(committee.Id, opened.Id, new CastBallot(committee.Handles[i], Choice(choices[i])), Ct);
        return await node.CloseMotionAsync(committee.Id, opened.Id, new CloseMotion(committee.Handles[0]), Ct);
    }

    private static JsonObject Choice(string choice) => new() { ["choice"] = choice };

    /// <summary>A ballot its author signs themselves, placed at <paramref name="head"/>.</summary>
    private Entry BallotEntry(string body, HeadView head, long motion, string choice, SigningKey author) =>
        Entry.Create(body, head.Size, Sha256Hash.Parse(head.Hash!), Clock.GetUtcNow().ToUnixTimeMilliseconds(), "ballot.cast",
            new JsonObject { ["ballot"] = Choice(choice), ["motion"] = motion }, author);

    private static async Task<byte[]> ExportAsync(LocalNode node, string body)
    {
        using var file = new MemoryStream();
        await node.ExportAsync(body, file, Ct);
        return file.ToArray();
    }

    private static async Task<List<byte[]>> ExportLinesAsync(LocalNode node, string body) =>
        ExportFile.Lines(await ExportAsync(node, body)).Select(l => l.Bytes.ToArray()).ToList();

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    /// <summary>Runs an act that must be refused, and returns the refusal.</summary>
    private static async Task<RuleViolation> RefusedAsync(Func<Task> act) => await Assert.ThrowsAsync<RuleViolation>(act);
}
