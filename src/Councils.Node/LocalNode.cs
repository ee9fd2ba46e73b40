using System.Collections.Concurrent;
using System.Security.Cryptography;
using Councils.Domain;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using CastBallot = Councils.Node.Requests.CastBallot;
using Councils.Domain.Record;
using Councils.Node.Requests;
using Councils.Node.Storage;
using Councils.Node.Views;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node;

/// <summary>
/// A node acting on its own database: every act is planned against the body's folded state,
/// checked by the same rules a verifier applies, signed, and appended through the body's single
/// writer; every read comes from the query tables the appends keep.
/// </summary>
public sealed partial class LocalNode : INode, IAsyncDisposable
{
    private readonly NodeStore _store;
    private readonly KeyRing _keys;
    private readonly ConcurrentDictionary<string, Lazy<Appender>> _appenders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _federations = new(StringComparer.Ordinal);
    private readonly ViewCache _views = new();

    private LocalNode(NodeStore store)
    {
        _store = store;
        _keys = new KeyRing(store.Databases);
    }

    /// <summary>The node's own public key: it signs the node's acts and every checkpoint.</summary>
    public PublicKey NodeKey => _store.NodeKey.PublicKey;

    internal CouncilsDbFactory Databases => _store.Databases;

    /// <summary>Where this node keeps its records; the web server keeps its accounts in the same database.</summary>
    public StorageOptions Storage => _store.Databases.Options;

    /// <summary>The node's clock; the web server's accounts (invitations, reset codes) expire by it too.</summary>
    public TimeProvider Clock => _store.Clock;

    public static async Task<LocalNode> OpenAsync(StorageOptions options, TimeProvider clock, CancellationToken ct)
    {
        var databases = new CouncilsDbFactory(options);
        await databases.MigrateAsync(ct);
        var nodeKey = await NodeKeys.LoadOrCreateAsync(databases, clock, ct);
        return new LocalNode(new NodeStore(databases, nodeKey, clock));
    }

    public async Task<BodyView> CreateBodyAsync(CreateBody request, CancellationToken ct)
    {
        var id = request.Id is null ? BodyId.FromName(request.Name) : ParseBodyId(request.Id, "id");
        var kind = BodyKind.Parse(request.Kind, "kind");
        var charter = request.Charter is null ? Charter.For(kind) : Charter.FromJson(request.Charter);
        var founders = new List<Founder>();
        var minted = new List<HeldKeyRow>();
        var reserved = new HashSet<string>(StringComparer.Ordinal);
        // Two queries for all the founders rather than two for each: the keys already held under
        // their handles, and which of the handles to mint under are free.
        var asked = request.Founders ?? [];
        var held = await _keys.FindManyAsync([.. asked.Where(f => f.Key is null && f.Handle is not null).Select(f => f.Handle!)], ct);
        var free = await _keys.FreeAsync([.. asked.Where(f => f.Key is null && (f.Handle is null || !held.ContainsKey(f.Handle))).Select(f => KeyRing.StemOf(f.Name, f.Handle))], ct);
        foreach (var founder in asked)
        {
            var (key, row) = await MemberKeyAsync(founder.Name, founder.Handle, founder.Key, reserved, ct, held, free);
            founders.Add(new Founder(key, founder.Name));
            if (row is not null)
            {
                minted.Add(row);
                reserved.Add(row.Handle);
            }
        }
        var created = new BodyCreated(request.Name, kind, charter, founders);
        await AppendAsync(id.ToString(), mustExist: false, (state, _) => state.IsCreated
            ? throw new RuleViolation("body-exists", $"A body with the id '{id}' already exists on this node; choose another id.", "id")
            : new Plan([Unsigned(created, _store.NodeSigner)], minted), ct);
        Remember(minted);
        return await GetBodyAsync(id.ToString(), ct);
    }

    public async Task<MemberView> AddMemberAsync(string body, AddMember request, CancellationToken ct)
    {
        var minted = new List<HeldKeyRow>();
        var (key, row) = await MemberKeyAsync(request.Name, request.Handle, request.Key, new HashSet<string>(), ct);
        if (row is not null)
            minted.Add(row);
        var admitter = request.By is null ? null : await _keys.ResolveAsync(request.By, ct);
        var own = row is not null ? new Signer.Held(key, row.Seed) : (await _keys.FindAsync(key.ToString(), ct))?.Signer;
        var entries = await AppendAsync(body, mustExist: true, (state, _) =>
        {
            // Under open admission a person joins by their own act, whoever asked; otherwise a member admits them.
            var author = state.Charter.Admission == Admission.Open && own is not null
                ? own
                : admitter?.Signer
                    ?? throw new RuleViolation("request-invalid", $"Name the member who admits {request.Name} ('by'): the charter of {body} admits members {Describe(state.Charter.Admission)}.", "by");
            return new Plan([Unsigned(new MemberAdmitted(key, request.Name), author)], minted);
        }, ct);
        Remember(minted);
        return new MemberView(key.ToString(), request.Name, row?.Handle ?? (await _keys.FindAsync(key.ToString(), ct))?.Handle, entries[0].Seq);
    }

    public async Task<MotionView> OpenMotionAsync(string body, OpenMotion request, CancellationToken ct)
    {
        var author = await _keys.ResolveAsync(request.By, ct);
        var opened = new MotionOpened(
            request.Title,
            request.Text ?? "",
            request.Method is null ? null : DecisionMethod.FromJson(OptionsMethod.WithSeed(request.Method, DrawSeed)),
            request.Effect is null ? null : MotionEffect.FromJson(request.Effect),
            request.Matter);
        await CheckPostCapAsync(body, opened, ct);
        await CheckJoinAsync(body, opened, ct);
        var entries = opened.Matter is null
            ? await AppendAsync(body, mustExist: true, (_, _) => Plan.Of(Unsigned(opened, author.Signer)), ct)
            : await OpenItemAsync(body, opened, author.Signer, ct);
        return await GetMotionAsync(body, entries[0].Seq, ct);
    }

    public async Task<AppendResult> CastBallotAsync(string body, long motion, CastBallot request, CancellationToken ct)
    {
        var author = await _keys.ResolveAsync(request.By, ct);
        var cast = new BallotCast(new MotionId(motion), request.Ballot);
        return Result(await CastInFederationAsync(body, cast, author.Signer, ct));
    }

    public async Task<AppendResult> AttachMinorityReportAsync(string body, long motion, AttachMinorityReport request, CancellationToken ct)
    {
        var author = await _keys.ResolveAsync(request.By, ct);
        var report = new MinorityReportAttached(new MotionId(motion), request.Text);
        return Result(await AppendAsync(body, mustExist: true, (_, _) => Plan.Of(Unsigned(report, author.Signer)), ct));
    }

    public async Task<AppendResult> PostContributionAsync(string body, long motion, PostContribution request, CancellationToken ct)
    {
        var author = await _keys.ResolveAsync(request.By, ct);
        var posted = new DiscussionPosted(new MotionId(motion), request.Text, request.Answers);
        return Result(await AppendAsync(body, mustExist: true, (_, _) => Plan.Of(Unsigned(posted, author.Signer)), ct));
    }

    public async Task<MotionView> CloseMotionAsync(string body, long motion, CloseMotion request, CancellationToken ct)
    {
        var author = request.By is null ? _store.NodeSigner : (await _keys.ResolveAsync(request.By, ct)).Signer;
        // A federation decides on everything its member bodies have decided: their answers and mandates first.
        if (await IsFederationAsync(body, ct))
            await DeliverToAsync(body, ct);
        await AppendAsync(body, mustExist: true, (state, now) =>
            Plan.Of(Unsigned(state.Decide(new MotionId(motion), Math.Max(now, state.LastAt), author.PublicKey), author)), ct);
        return await GetMotionAsync(body, motion, ct);
    }

    public async Task<AppendResult> AppendSignedAsync(string body, ReadOnlyMemory<byte> entry, CancellationToken ct)
    {
        var parsed = Entry.Parse(entry.ToArray());
        return Result(await AppendAsync(body, mustExist: parsed.Seq > 0, (_, _) => Plan.Of(new Draft.Signed(parsed)), ct));
    }

    /// <summary>Closes every motion whose time is up, recording each decision as the node's act.</summary>
    public async Task<int> CloseDueMotionsAsync(CancellationToken ct)
    {
        var now = _store.Now();
        List<(string Body, long Motion)> due;
        await using (var db = _store.Databases.CreateDbContext())
            due = (await db.Motions.AsNoTracking().Where(m => m.Status == Projection.OpenStatus && m.ClosesAt <= now)
                .Select(m => new { m.BodyId, m.MotionId }).ToListAsync(ct)).Select(m => (m.BodyId, m.MotionId)).ToList();
        var closed = 0;
        foreach (var (body, motion) in due)
        {
            try
            {
                await CloseMotionAsync(body, motion, new CloseMotion(), ct);
                closed++;
            }
            catch (RuleViolation)
            {
                // Someone decided it meanwhile.
            }
        }
        return closed;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var appender in _appenders.Values.Where(a => a.IsValueCreated))
            await appender.Value.DisposeAsync();
        _appenders.Clear();
    }

    /// <summary>A seed for a motion's lot, from a cryptographic source: no one can choose it.</summary>
    private static long DrawSeed() => BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8)) & ((1L << 53) - 1);

    private static Draft.Unsigned Unsigned(BodyEvent bodyEvent, Signer author)
    {
        var (kind, payload) = EventCodec.Encode(bodyEvent);
        return new Draft.Unsigned(kind, payload, author);
    }

    private static AppendResult Result(IReadOnlyList<Entry> entries) => new(entries[^1].Body, entries[^1].Seq, entries[^1].Hash.ToString());

    private static BodyId ParseBodyId(string text, string field) =>
        BodyId.TryParse(text, out var id)
            ? id
            : throw new RuleViolation("request-invalid", $"'{text}' is not a body id: use lowercase letters, digits and '-', up to 63 characters, starting with a letter or digit.", field);

    private static string Describe(Admission admission) => admission switch
    {
        Admission.Open => "openly (a person joins by their own act)",
        Admission.ByMember => "when a member admits them",
        _ => "only by decision (open a motion with a member.admit effect)",
    };

    private void Remember(List<HeldKeyRow> minted)
    {
        foreach (var row in minted)
            _keys.Remember(row);
    }

    /// <summary>The key a new member will have: their own, one the node holds under a handle, or a new one to hold.</summary>
    /// <remarks>
    /// <paramref name="reserved"/> are handles minted for the same request, not yet stored; <paramref name="held"/>
    /// and <paramref name="free"/>, when given, the keys held under the request's handles and the handles found free, looked up for the whole request at once.
    /// </remarks>
    private async Task<(PublicKey Key, HeldKeyRow? Minted)> MemberKeyAsync(string name, string? handle, string? key, IReadOnlySet<string> reserved, CancellationToken ct,
        IReadOnlyDictionary<string, HeldKey>? held = null, IReadOnlySet<string>? free = null)
    {
        if (key is not null)
            return PublicKey.TryParse(key, out var own)
                ? (own.Value, null)
                : throw new RuleViolation("request-invalid", $"'{key}' is not an Ed25519 public key in unpadded base64url (43 characters).", "key");
        if (handle is not null && (held is null ? await _keys.FindAsync(handle, ct) : held.GetValueOrDefault(handle)) is { } found)
            return (found.PublicKey, null);
        var minted = await _keys.MintAsync(name, handle, _store.Now(), reserved, ct, free);
        return (minted.PublicKey, minted.Row);
    }

    private async Task<IReadOnlyList<Entry>> AppendAsync(string body, bool mustExist, Planner planner, CancellationToken ct)
    {
        if (mustExist && !_appenders.ContainsKey(body) && !await BodyExistsAsync(body, ct))
            throw UnknownBody(body);
        var appender = _appenders.GetOrAdd(body, b => new Lazy<Appender>(() => new Appender(b, _store))).Value;
        var entries = await appender.AppendAsync(
            (state, now) => mustExist && !state.IsCreated ? throw UnknownBody(body) : planner(state, now), ct);
        // A decision may be one a federation must hear of: deliver it now it is durable.
        if (entries.Any(e => e.Kind == MotionDecided.KindName) && appender.Peek()?.Outbox.IsEmpty == false)
            await DeliverAsync(body, ct);
        return entries;
    }

    private async Task<bool> BodyExistsAsync(string body, CancellationToken ct)
    {
        await using var db = _store.Databases.CreateDbContext();
        return await db.Events.AnyAsync(e => e.BodyId == body, ct);
    }

    private static RuleViolation UnknownBody(string body) => new("unknown-body", $"There is no body '{body}' on this node.", "body");
}
