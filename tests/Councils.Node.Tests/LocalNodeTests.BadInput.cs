using System.Text;
using System.Text.Json.Nodes;
using Councils.Domain.Charters;
using Councils.Domain.Record;
using Councils.Node.Requests;
using Councils.Node.Tests.Support;

namespace Councils.Node.Tests;

// Bad input: every refusal names its rule (and field) and leaves the log and every table as they were.
public abstract partial class LocalNodeTests
{
    private static readonly Dictionary<string, BadInput> BadInputs = new()
    {
        ["unknown body"] = new("unknown-body", "body",
            s => s.Node.CastBallotAsync($"no-such-body-{s.Suffix}", s.Open, new CastBallot(s.Handle("Ana"), Choice("yes")), Ct)),
        ["unknown motion"] = new("unknown-motion", "payload.motion",
            s => s.Node.CastBallotAsync(s.Body.Id, 999, new CastBallot(s.Handle("Boris"), Choice("yes")), Ct)),
        ["unknown member handle"] = new("unknown-member", "by",
            s => s.Node.CastBallotAsync(s.Body.Id, s.Open, new CastBallot($"nobody-{s.Suffix}", Choice("yes")), Ct)),
        ["vote by a member of another body"] = new("not-a-member", null,
            s => s.Node.CastBallotAsync(s.Body.Id, s.Open, new CastBallot(s.Handle("Stranger"), Choice("yes")), Ct)),
        ["vote by a member admitted after the motion opened"] = new("not-eligible", null,
            s => s.Node.CastBallotAsync(s.Body.Id, s.Open, new CastBallot(s.Handle("Fyodor"), Choice("yes")), Ct)),
        ["second vote by the same member"] = new("ballot-duplicate", null,
            s => s.Node.CastBallotAsync(s.Body.Id, s.Open, new CastBallot(s.Handle("Ana"), Choice("no")), Ct)),
        ["vote after the decision"] = new("motion-closed", null,
            s => s.Node.CastBallotAsync(s.Body.Id, s.Decided, new CastBallot(s.Handle("Elena"), Choice("no")), Ct)),
        ["vote at the deadline"] = new("motion-closed", null, s =>
        {
            s.Clock.Advance(TimeSpan.FromDays(7));
            return s.Node.CastBallotAsync(s.Body.Id, s.Open, new CastBallot(s.Handle("Boris"), Choice("yes")), Ct);
        }),
        ["vote after the deadline"] = new("motion-closed", null, s =>
        {
            s.Clock.Advance(TimeSpan.FromDays(8));
            return s.Node.CastBallotAsync(s.Body.Id, s.Open, new CastBallot(s.Handle("Boris"), Choice("yes")), Ct);
        }),
        ["invalid ballot choice"] = new("ballot-invalid", "payload.ballot.choice",
            s => s.Node.CastBallotAsync(s.Body.Id, s.Open, new CastBallot(s.Handle("Boris"), Choice("maybe")), Ct)),
        ["ballot with a member the method does not have"] = new("ballot-invalid", "payload.ballot.weight",
            s => s.Node.CastBallotAsync(s.Body.Id, s.Open, new CastBallot(s.Handle("Boris"), new JsonObject { ["choice"] = "yes", ["weight"] = 2 }), Ct)),
        ["early close when not settled"] = new("not-settled", null,
            s => s.Node.CloseMotionAsync(s.Body.Id, s.Open, new CloseMotion(s.Handle("Ana")), Ct)),
        ["close by a member of another body"] = new("author", null,
            s => s.Node.CloseMotionAsync(s.Body.Id, s.Open, new CloseMotion(s.Handle("Stranger")), Ct)),
        ["second decision"] = new("already-decided", null,
            s => s.Node.CloseMotionAsync(s.Body.Id, s.Decided, new CloseMotion(s.Handle("Ana")), Ct)),
        ["minority report by a member of another body"] = new("not-a-member", null,
            s => s.Node.AttachMinorityReportAsync(s.Body.Id, s.Decided, new AttachMinorityReport(s.Handle("Stranger"), "Not so."), Ct)),
        ["contribution by a member of another body"] = new("not-a-member", null,
            s => s.Node.PostContributionAsync(s.Body.Id, s.Open, new PostContribution(s.Handle("Stranger"), "Not so."), Ct)),
        ["contribution after the decision"] = new("motion-closed", null,
            s => s.Node.PostContributionAsync(s.Body.Id, s.Decided, new PostContribution(s.Handle("Boris"), "Too late."), Ct)),
        ["blank contribution"] = new("payload-invalid", "payload.text",
            s => s.Node.PostContributionAsync(s.Body.Id, s.Open, new PostContribution(s.Handle("Boris"), " \n "), Ct)),
        ["contribution answering a ballot"] = new("unknown-contribution", "payload.answers",
            s => s.Node.PostContributionAsync(s.Body.Id, s.Open, new PostContribution(s.Handle("Boris"), "Why yes?", s.Open + 1), Ct)),
        ["admission by a member of another body"] = new("admission", null,
            s => s.Node.AddMemberAsync(s.Body.Id, new AddMember("Ivan", s.Handle("Stranger"), s.Handle("Ivan")), Ct)),
        ["admitting a member twice"] = new("already-a-member", "payload.member",
            s => s.Node.AddMemberAsync(s.Body.Id, new AddMember("Boris", s.Handle("Ana"), s.Handle("Boris")), Ct)),
        ["body id taken"] = new("body-exists", "id",
            s => s.Node.CreateBodyAsync(new CreateBody("Acme Again", "workplace-committee", s.Body.Id, [new NewMember("Ivan", s.Handle("Ivan"))]), Ct)),
        ["charter changed other than by decision"] = new("charter-by-decision-only", "kind",
            s => s.Node.AppendSignedAsync(s.Body.Id, s.CharterAmended.Bytes, Ct)),
        ["self-signed entry at a stale position"] = new("log-head-moved", "event.seq",
            s => s.Node.AppendSignedAsync(s.Body.Id, s.Stale.Bytes, Ct)),
        ["self-signed entry with a bad signature"] = new("signature", "sig",
            s => s.Node.AppendSignedAsync(s.Body.Id, s.Forged, Ct)),
        ["self-signed entry for another body"] = new("entry-body", "event.body",
            s => s.Node.AppendSignedAsync(s.Other, s.Ballot.Bytes, Ct)),
        ["self-signed ballot sent after the deadline, dated before it"] = new("time", "event.at", async s =>
        {
            s.Clock.Advance(TimeSpan.FromDays(8));
            await s.Node.AppendSignedAsync(s.Body.Id, await s.SignedBallotAsync(ManualClock.Start.AddDays(6)), Ct);
        }),
        // Accepted, it would move the log's time past every deadline: no more ballots, and any member could decide at once.
        ["self-signed report dated a month ahead"] = new("time", "event.at", async s => await s.Node.AppendSignedAsync(s.Body.Id,
            await s.SignedAsync("minority-report.attached", new JsonObject { ["motion"] = s.Open, ["text"] = "Too soon." }, ManualClock.Start.AddDays(30)), Ct)),
    };

    private static readonly Dictionary<string, Func<Scene, byte[]>> NotEntries = new()
    {
        ["not JSON"] = _ => "ballot for yes"u8.ToArray(),
        ["JSON with spaces"] = s => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(s.Ballot.Bytes.Span).Replace(",", ", ", StringComparison.Ordinal)),
        ["members out of order"] = s => Encoding.UTF8.GetBytes(
            $$"""{"sig":"{{Base64Url(s.Ballot.Signature.Span)}}","event":{{Encoding.UTF8.GetString(s.Ballot.EventBytes.Span)}}}"""),
        ["no signature"] = s => Encoding.UTF8.GetBytes($$"""{"event":{{Encoding.UTF8.GetString(s.Ballot.EventBytes.Span)}}}"""),
    };

    public static TheoryData<string> BadInputCases => new(BadInputs.Keys);

    public static TheoryData<string> NotEntryCases => new(NotEntries.Keys);

    [Theory]
    [MemberData(nameof(BadInputCases))]
    public async Task Act_BadInput_IsRefusedByRuleAndChangesNothing(string name)
    {
        var (rule, field, act) = BadInputs[name];
        await using var node = await OpenNodeAsync();
        var scene = await SceneAsync(node);
        var head = await node.GetHeadAsync(scene.Body.Id, Ct);
        var before = await Tables.DumpAsync(store.Factory, Tables.All);

        var refusal = await RefusedAsync(() => act(scene));

        Assert.Equal((rule, field), (refusal.Rule, refusal.Field));
        Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
        Assert.Equal(head, await node.GetHeadAsync(scene.Body.Id, Ct));
        Assert.Equal(before, await Tables.DumpAsync(store.Factory, Tables.All));
    }

    [Theory]
    [MemberData(nameof(NotEntryCases))]
    public async Task AppendSigned_NotAnEntry_IsRefusedAsMalformedAndChangesNothing(string name)
    {
        await using var node = await OpenNodeAsync();
        var scene = await SceneAsync(node);
        var before = await Tables.DumpAsync(store.Factory, Tables.All);

        await Assert.ThrowsAsync<RecordFormatException>(() => node.AppendSignedAsync(scene.Body.Id, NotEntries[name](scene), Ct));

        Assert.Equal(before, await Tables.DumpAsync(store.Factory, Tables.All));
        // The well-formed entry the bad ones were made from is accepted: the refusals were about the form.
        await node.AppendSignedAsync(scene.Body.Id, scene.Ballot.Bytes, Ct);
    }

    /// <summary>
    /// A committee of Ana, Boris, Clara, Dmitri and Elena, with Olek who signs for himself; an open
    /// motion with Ana's ballot, a decided one, Fyodor admitted after both opened, and another body
    /// whose only member is Stranger. Olek's entries are signed ready: one placed where Ana's
    /// ballot then went, and the rest at the head.
    /// </summary>
    private async Task<Scene> SceneAsync(LocalNode node)
    {
        var committee = await CommitteeAsync(node, 5);
        var ana = Handle("Ana");
        var olek = SigningKey.Generate();
        await node.AddMemberAsync(committee.Id, new AddMember("Olek", ana, Key: olek.PublicKey.ToString()), Ct);
        var open = (await node.OpenMotionAsync(committee.Id, new OpenMotion(ana, "Buy a lathe"), Ct)).Id;
        var stale = BallotEntry(committee.Id, await node.GetHeadAsync(committee.Id, Ct), open, "yes", olek);
        await node.CastBallotAsync(committee.Id, open, new CastBallot(ana, Choice("yes")), Ct);
        var decided = (await node.OpenMotionAsync(committee.Id, new OpenMotion(ana, "Paint the tool room"), Ct)).Id;
        foreach (var name in People[..4])
            await node.CastBallotAsync(committee.Id, decided, new CastBallot(Handle(name), Choice("yes")), Ct);
        await node.CloseMotionAsync(committee.Id, decided, new CloseMotion(ana), Ct);
        await node.AddMemberAsync(committee.Id, new AddMember("Fyodor", ana, Handle("Fyodor")), Ct);
        var other = NewBodyId("elsewhere");
        await node.CreateBodyAsync(new CreateBody("Elsewhere", "workplace-committee", other, [new NewMember("Stranger", Handle("Stranger"))]), Ct);

        var head = await node.GetHeadAsync(committee.Id, Ct);
        var ballot = BallotEntry(committee.Id, head, open, "no", olek);
        using var forger = SigningKey.Generate();
        var forged = Encoding.UTF8.GetBytes(
            $$"""{"event":{{Encoding.UTF8.GetString(ballot.EventBytes.Span)}},"sig":"{{Base64Url(forger.Sign(ballot.EventBytes.Span))}}"}""");
        var charter = Entry.Create(committee.Id, head.Size, Sha256Hash.Parse(head.Hash!), ballot.At, "charter.amended",
            new JsonObject { ["charter"] = Charter.FromJson((await node.GetBodyAsync(committee.Id, Ct)).Charter.DeepClone().AsObject()).ToJson() }, olek);
        return new Scene(node, Clock, committee, _suffix, other, open, decided, stale, ballot, forged, charter, olek);
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    private sealed record BadInput(string Rule, string? Field, Func<Scene, Task> Act);

    private sealed record Scene(
        LocalNode Node, ManualClock Clock, Committee Body, string Suffix, string Other, long Open, long Decided,
        Entry Stale, Entry Ballot, byte[] Forged, Entry CharterAmended, SigningKey Olek)
    {
        public string Handle(string name) => $"{name.ToLowerInvariant()}-{Suffix}";

        /// <summary>Olek's ballot on the open motion, at the head, dated <paramref name="at"/>.</summary>
        public Task<ReadOnlyMemory<byte>> SignedBallotAsync(DateTimeOffset at) =>
            SignedAsync("ballot.cast", new JsonObject { ["ballot"] = Choice("yes"), ["motion"] = Open }, at);

        /// <summary>An entry Olek signs, at the head, dated <paramref name="at"/>.</summary>
        public async Task<ReadOnlyMemory<byte>> SignedAsync(string kind, JsonObject payload, DateTimeOffset at)
        {
            var head = await Node.GetHeadAsync(Body.Id, Ct);
            return Entry.Create(Body.Id, head.Size, Sha256Hash.Parse(head.Hash!), at.ToUnixTimeMilliseconds(), kind, payload, Olek).Bytes;
        }
    }
}
