using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Councils.Domain;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Record;
using Councils.Node.Requests;
using Councils.Node.Views;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node;

/// <summary>
/// Federation from below at the node: it delivers a body's decisions to the federations it hosts,
/// citing the body's log; takes the member bodies' rolls when an agenda item opens; delivers a
/// delegate's body's decisions before the delegate's ballot, so a recall is in force at once; and
/// records a delegate's refused ballot. Everything it appends, the federation's fold checks.
/// </summary>
public sealed partial class LocalNode
{
    /// <summary>Rule code: a candidate already holds as many posts as the electing body's charter allows.</summary>
    public const string PostCapRule = "post-cap";

    /// <summary>Rule code: a member body's log is not on this node, so its roll cannot be taken.</summary>
    public const string RollUnavailableRule = "roll-unavailable";

    public async Task<MotionView> ElectDelegatesAsync(string body, ElectDelegates request, CancellationToken ct)
    {
        var federation = ParseBodyId(request.Federation, "federation");
        var candidates = new List<string>();
        foreach (var candidate in request.Candidates)
            candidates.Add((await KeyOfAsync(candidate, "candidates", ct)).ToString());
        var charter = await ReadLogAsync(body, log => log.State.Charter, ct);
        if (candidates.Count < OptionsMethod.MinOptions)
            throw new RuleViolation("request-invalid", $"An election needs at least {OptionsMethod.MinOptions} candidates; name them ('candidates').", "candidates");
        var method = new JsonObject
        {
            ["options"] = new JsonArray([.. candidates.Select(c => (JsonNode)c)]),
            ["rules"] = "scottish",
            ["seats"] = Math.Min(charter.Delegation.Seats, candidates.Count),
            ["type"] = "stv",
        };
        var effect = new DelegatesElect(federation).ToJson();
        return await OpenMotionAsync(body, new OpenMotion(request.By, request.Title ?? $"Elect our delegates to {federation}", "", method, effect), ct);
    }

    public async Task<AppendResult> PetitionRecallAsync(string body, PetitionRecall request, CancellationToken ct)
    {
        var author = await _keys.ResolveAsync(request.By, ct);
        var petition = new RecallPetitioned(ParseBodyId(request.Federation, "federation"), await KeyOfAsync(request.Delegate, "delegate", ct));
        return Result(await AppendAsync(body, mustExist: true, (_, _) => Plan.Of(Unsigned(petition, author.Signer)), ct));
    }

    public async Task<MotionView> AmendMotionAsync(string body, long motion, AmendMotion request, CancellationToken ct)
    {
        var author = await _keys.ResolveAsync(request.By, ct);
        var amended = new MotionAmended(new MotionId(motion), request.Text);
        await AppendAsync(body, mustExist: true, (_, _) => Plan.Of(Unsigned(amended, author.Signer)), ct);
        return await GetMotionAsync(body, motion, ct);
    }

    /// <summary>
    /// Delivers the body's decisions that its federations hosted here have not yet recorded, in the
    /// body's log order. A federation's rules may refuse one (the body withdrew meanwhile): the
    /// decision stands in the body's own log all the same.
    /// </summary>
    internal async Task DeliverAsync(string body, CancellationToken ct)
    {
        var outbox = await ReadLogAsync(body, log => log.State.Outbox, ct);
        var id = BodyId.Parse(body);
        foreach (var group in outbox.GroupBy(n => n.Federation))
        {
            var federation = group.Key.ToString();
            if (!_appenders.ContainsKey(federation) && !await BodyExistsAsync(federation, ct))
                continue; // Hosted elsewhere: carrying records between nodes is replication's work.
            var last = await ReadLogAsync(federation, log => log.State.LastCited.GetValueOrDefault(id, -1), ct);
            foreach (var notice in group.Where(n => n.Seq > last))
            {
                var citation = new Citation(id, notice.Seq, await EntryHashAsync(body, notice.Seq, ct));
                try
                {
                    await AppendAsync(federation, mustExist: true, (state, _) =>
                        state.LastCited.GetValueOrDefault(id, -1) >= notice.Seq
                            ? Plan.None
                            : Plan.Of(Unsigned(notice.Make(citation), _store.NodeSigner)), ct);
                }
                catch (RuleViolation)
                {
                    // The federation's rules refuse it; nothing is written there.
                }
            }
        }
    }

    /// <summary>Opens an agenda item with every member body's roll, in one transaction.</summary>
    private async Task<IReadOnlyList<Entry>> OpenItemAsync(string body, MotionOpened opened, Signer author, CancellationToken ct)
    {
        var (members, matters) = await ReadLogAsync(body, log => (log.State.MemberBodies.Keys.ToList(), log.State.IsCreated ? log.State.Charter.Matters : Matters.None), ct);
        var referendum = matters.Modes.GetValueOrDefault(opened.Matter!) == DecisionMode.Referendum;
        var rolls = new List<(Citation Source, long Members, ImmutableArray<PublicKey>? Voters)>();
        foreach (var member in members.Select(m => m.ToString()))
        {
            // The roll is taken after the body's pending decisions reach the federation: its mandates and delegates are current.
            await DeliverAsync(member, ct);
            var (state, head) = await ReadLogAsync(member, log => (log.State, log.Head!.Value), ct);
            var people = await PeopleOfAsync(member, [], ct);
            rolls.Add((new Citation(state.Id, state.Seq, head), people.Count, referendum ? [.. people] : null));
        }
        return await AppendAsync(body, mustExist: true, (state, _) =>
        {
            if (!state.MemberBodies.Keys.SequenceEqual(members))
                throw new RuleViolation("log-head-moved", $"The member bodies of {body} changed while the item was opening; try again.");
            var id = new MotionId(state.Seq + 1);
            var drafts = new List<Draft> { Unsigned(opened, author) };
            drafts.AddRange(rolls.Select(r => (Draft)Unsigned(new RollRecorded(r.Source, id, r.Members, r.Voters), _store.NodeSigner)));
            return new Plan(drafts, []);
        }, ct);
    }

    /// <summary>
    /// The people a body stands for: a cell's members, or the people of every member body of a
    /// federation, down to the cells, each once. Every log on the way must be on this node.
    /// </summary>
    private async Task<IReadOnlySet<PublicKey>> PeopleOfAsync(string body, HashSet<string> visiting, CancellationToken ct)
    {
        if (!_appenders.ContainsKey(body) && !await BodyExistsAsync(body, ct))
            throw new RuleViolation(RollUnavailableRule, $"The log of member body {body} is not on this node, so its roll for the item cannot be taken here.");
        var state = await ReadLogAsync(body, log => log.State, ct);
        if (state.Kind != BodyKind.Federation)
            return state.Members.Keys.ToHashSet();
        var people = new HashSet<PublicKey>();
        if (!visiting.Add(body))
            return people;
        foreach (var member in state.MemberBodies.Keys)
            people.UnionWith(await PeopleOfAsync(member.ToString(), visiting, ct));
        return people;
    }

    /// <summary>Delivers the pending decisions of every member body of a federation hosted here.</summary>
    private async Task DeliverToAsync(string federation, CancellationToken ct)
    {
        var bodies = await ReadLogAsync(federation, log => log.State.MemberBodies.Keys.Concat(log.State.Applicants.Keys).ToList(), ct);
        foreach (var body in bodies.Select(b => b.ToString()))
        {
            if (_appenders.ContainsKey(body) || await BodyExistsAsync(body, ct))
                await DeliverAsync(body, ct);
        }
    }

    /// <summary>
    /// Appends a ballot in a federation, first delivering the decisions of the voter's body if the
    /// voter is a delegate, so a recall already carried is in force; a refusal under a mandate,
    /// recall or term is recorded in the federation's log before it is returned.
    /// </summary>
    private async Task<IReadOnlyList<Entry>> CastInFederationAsync(string body, BallotCast cast, Signer author, CancellationToken ct)
    {
        if (await IsFederationAsync(body, ct))
        {
            var state = _appenders.TryGetValue(body, out var appender) && appender.IsValueCreated ? appender.Value.Peek() : null;
            state ??= await ReadLogAsync(body, log => log.State, ct);
            if (state.Delegates.TryGetValue(author.PublicKey, out var seat))
                await DeliverAsync(seat.Seat.Body.ToString(), ct);
        }
        try
        {
            return await AppendAsync(body, mustExist: true, (_, _) => Plan.Of(Unsigned(cast, author)), ct);
        }
        catch (RuleViolation refusal) when (refusal.Rule is Rules.Mandate or Rules.Recalled or Rules.TermEnded)
        {
            var refused = new BallotRefused(cast.Motion, author.PublicKey, cast.Ballot, refusal.Rule, refusal.Message);
            try
            {
                await AppendAsync(body, mustExist: true, (_, _) => Plan.Of(Unsigned(refused, _store.NodeSigner)), ct);
            }
            catch (RuleViolation)
            {
                // The state moved on (the item closed); the refusal stands, unrecorded.
            }
            throw;
        }
    }

    /// <summary>Refuses to open a motion to join a body this node holds that is not a federation: only federations have member bodies.</summary>
    private async Task CheckJoinAsync(string body, MotionOpened opened, CancellationToken ct)
    {
        // A body naming itself is told so by its own rules.
        if (opened.Effect is not FederationJoin join || join.Federation.ToString() == body)
            return;
        var kind = await KindOfAsync(join.Federation.ToString(), ct);
        if (kind is not null && kind != BodyKind.Federation.Name)
            throw new RuleViolation(Rules.BodyKindMismatch,
                $"{join.Federation} is a {kind}, not a federation; a body joins only a federation, whose members are bodies.", "effect.federation");
    }

    /// <summary>Refuses an election whose candidate already holds the charter's cap of posts in the federations on this node.</summary>
    private async Task CheckPostCapAsync(string body, MotionOpened opened, CancellationToken ct)
    {
        if (opened.Effect is not DelegatesElect elect || opened.Method is not OptionsMethod method)
            return;
        var cap = await ReadLogAsync(body, log => log.State.Charter.Delegation.PostCap, ct);
        var now = _store.Now();
        var posts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var federation in await FederationIdsAsync(ct))
        {
            var delegates = await ReadLogAsync(federation, log => log.State.Delegates, ct);
            // A seat the same body holds in the same federation ends with this election, so it is not counted.
            foreach (var (key, seat) in delegates.Where(d => d.Value.Until > now && !(federation == elect.Federation.ToString() && d.Value.Seat.Body.ToString() == body)))
                posts[key.ToString()] = posts.GetValueOrDefault(key.ToString()) + 1;
        }
        foreach (var candidate in method.Options.Where(c => posts.GetValueOrDefault(c) >= cap))
            throw new RuleViolation(PostCapRule,
                $"The candidate {candidate} already holds {posts[candidate]} posts on this node; the charter of {body} caps the posts one person holds at once at {cap}.",
                "method.options");
    }

    /// <summary>Whether a body on this node is a federation; a kind never changes, so the answer is kept.</summary>
    private async Task<bool> IsFederationAsync(string body, CancellationToken ct)
    {
        if (_federations.TryGetValue(body, out var known))
            return known;
        var kind = await KindOfAsync(body, ct);
        return kind is not null && _federations.GetOrAdd(body, kind == BodyKind.Federation.Name);
    }

    /// <summary>The kind of a body on this node, as the record writes it; null for a body this node does not hold.</summary>
    private async Task<string?> KindOfAsync(string body, CancellationToken ct)
    {
        await using var db = _store.Databases.CreateDbContext();
        return await db.Bodies.AsNoTracking().Where(b => b.Id == body).Select(b => b.Kind).FirstOrDefaultAsync(ct);
    }

    /// <summary>The ids of the federations this node holds.</summary>
    private async Task<List<string>> FederationIdsAsync(CancellationToken ct)
    {
        await using var db = _store.Databases.CreateDbContext();
        var federation = BodyKind.Federation.Name;
        return await db.Bodies.AsNoTracking().Where(b => b.Kind == federation).Select(b => b.Id).ToListAsync(ct);
    }

    private async Task<Sha256Hash> EntryHashAsync(string body, long seq, CancellationToken ct)
    {
        await using var db = _store.Databases.CreateDbContext();
        var hash = await db.Events.AsNoTracking().Where(e => e.BodyId == body && e.Seq == seq).Select(e => e.Hash).FirstAsync(ct);
        return Sha256Hash.FromBytes(hash);
    }

    private async Task<PublicKey> KeyOfAsync(string who, string field, CancellationToken ct) =>
        PublicKey.TryParse(who, out var key) ? key.Value
        : await _keys.FindAsync(who, ct) is { } held ? held.PublicKey
        : throw new RuleViolation("request-invalid", $"'{who}' is neither a handle this node holds nor a public key.", field);

    /// <summary>Checks every federation's records of member bodies' acts against the logs this node holds.</summary>
    private async Task<VerifyReport> CheckCitationsAsync(VerifyReport report, CancellationToken ct)
    {
        var federations = await FederationIdsAsync(ct);
        await using var db = _store.Databases.CreateDbContext();
        long citations = 0;
        foreach (var federation in federations)
        {
            var entries = (await db.Events.AsNoTracking().Where(e => e.BodyId == federation).OrderBy(e => e.Seq).Select(e => e.Bytes).ToListAsync(ct))
                .Select(b => Entry.Parse(b)).ToList();
            var cited = new Dictionary<(string, long), Entry?>();
            foreach (var source in entries.Where(e => e.Kind is not (BallotCast.KindName or MotionOpened.KindName or MotionDecided.KindName))
                         .Select(e => Fold.Recorded(e).Event).OfType<Reflection>().Select(r => r.Source))
            {
                var key = (source.Body.ToString(), source.Seq);
                if (!cited.ContainsKey(key))
                {
                    var bytes = await db.Events.AsNoTracking().Where(e => e.BodyId == key.Item1 && e.Seq == key.Item2).Select(e => e.Bytes).FirstOrDefaultAsync(ct);
                    cited[key] = bytes is null ? null : Entry.Parse(bytes);
                }
            }
            var held = (await db.Bodies.AsNoTracking().Select(b => b.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            var failure = Citations.Check(federation, entries, body => held.Contains(body.ToString()),
                (body, seq) => cited.GetValueOrDefault((body.ToString(), seq)), out var count);
            citations += count;
            if (failure is not null)
                return report with { Ok = false, Failure = failure, Citations = citations };
        }
        return report with { Citations = citations };
    }
}
