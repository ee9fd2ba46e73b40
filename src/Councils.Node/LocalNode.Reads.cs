using Councils.Domain;
using Councils.Domain.Record;
using Councils.Node.Storage;
using Councils.Node.Views;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node;

/// <summary>Reads: from the query tables, or for proofs from the log's Merkle tree in memory.</summary>
public sealed partial class LocalNode
{
    public async Task<IReadOnlyList<BodySummary>> ListBodiesAsync(CancellationToken ct)
    {
        await using var db = _store.Databases.CreateDbContext();
        var open = await db.Motions.AsNoTracking().Where(m => m.Status == Projection.OpenStatus)
            .GroupBy(m => m.BodyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.Name).ToListAsync(ct);
        return bodies.Select(b => new BodySummary(b.Id, b.Name, b.Kind, b.MemberCount, open.GetValueOrDefault(b.Id), b.HeadSeq + 1)).ToList();
    }

    public async Task<BodyView> GetBodyAsync(string body, CancellationToken ct)
    {
        await using var db = _store.Databases.CreateDbContext();
        var head = await HeadSeqAsync(db, body, ct) ?? throw UnknownBody(body);
        var now = _store.Now();
        if (_views.Get<BodyView>(body, 0, head, now) is { } kept)
            return kept;
        var row = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == body, ct) ?? throw UnknownBody(body);
        // Founders share a seq; they are listed by name, in the same order on every database.
        var members = (await db.Members.AsNoTracking().Where(m => m.BodyId == body).ToListAsync(ct))
            .OrderBy(m => m.AdmittedSeq).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.MemberKey, StringComparer.Ordinal).ToList();
        var handles = await _keys.HandlesOfAsync(members.Select(m => m.MemberKey), ct);
        var motions = await db.Motions.AsNoTracking().Where(m => m.BodyId == body).OrderByDescending(m => m.MotionId).ToListAsync(ct);
        var state = await ReadLogAsync(body, log => log.State, ct);
        // The view reads "open" for a motion until its closing time: kept no longer than that.
        var validUntil = motions.Where(m => m.Status != Projection.DecidedStatus && m.ClosesAt > now).Select(m => m.ClosesAt).DefaultIfEmpty(long.MaxValue).Min();
        return _views.Keep(body, 0, row.HeadSeq, validUntil, new BodyView(
            row.Id,
            row.Name,
            row.Kind,
            row.NodeKey,
            row.CharterVersion,
            ViewCache.Eager(row.Charter),
            members.Select(m => new MemberView(m.MemberKey, m.Name, handles.GetValueOrDefault(m.MemberKey), m.AdmittedSeq)).ToList(),
            motions.Select(m => new MotionSummary(m.MotionId, m.Title, StatusOf(m, now), m.Outcome, m.ClosesAt, m.BallotsCast)).ToList(),
            await HeadAsync(db, row, ct),
            FederationViews.Affiliations(state),
            FederationViews.MemberBodies(state),
            [.. state.Applicants.Keys.Select(b => b.ToString())]));
    }

    /// <summary>The seq of the body's last entry, or null if there is no such body: what the view cache is checked against.</summary>
    private static async Task<long?> HeadSeqAsync(CouncilsDb db, string body, CancellationToken ct) =>
        await db.Bodies.AsNoTracking().Where(b => b.Id == body).Select(b => (long?)b.HeadSeq).FirstOrDefaultAsync(ct);

    /// <summary>The most ballots a motion's view lists; <see cref="MotionView.BallotsCast"/> counts them all, and the log holds every one.</summary>
    public const int MaxBallotsShown = 1000;

    public async Task<MotionView> GetMotionAsync(string body, long motion, CancellationToken ct)
    {
        await using var db = _store.Databases.CreateDbContext();
        var head = await HeadSeqAsync(db, body, ct) ?? throw UnknownBody(body);
        var now = _store.Now();
        if (motion > 0 && _views.Get<MotionView>(body, motion, head, now) is { } kept)
            return kept;
        var row = await db.Motions.AsNoTracking().FirstOrDefaultAsync(m => m.BodyId == body && m.MotionId == motion, ct)
            ?? throw (await db.Bodies.AnyAsync(b => b.Id == body, ct)
                ? new RuleViolation("unknown-motion", $"There is no motion {motion} in {body}.", "motion")
                : UnknownBody(body));
        // The first ballots only: a referendum's million stay in the log and its count, not in every view of it.
        var ballots = await db.Ballots.AsNoTracking().Where(b => b.BodyId == body && b.MotionId == motion).OrderBy(b => b.Seq)
            .Take(MaxBallotsShown).ToListAsync(ct);
        var reports = await db.MinorityReports.AsNoTracking().Where(r => r.BodyId == body && r.MotionId == motion).OrderBy(r => r.Seq).ToListAsync(ct);
        var discussion = await db.Contributions.AsNoTracking().Where(c => c.BodyId == body && c.MotionId == motion).OrderBy(c => c.Seq).ToListAsync(ct);
        var members = await db.Members.AsNoTracking().Where(m => m.BodyId == body).ToListAsync(ct);
        var names = members.ToDictionary(m => m.MemberKey, m => m.Name);
        // A federation's voters are delegates (and, in a referendum, its member bodies' members): name them from the state.
        var state = await IsFederationAsync(body, ct) ? await ReadLogAsync(body, log => log.State, ct) : null;
        var item = state?.Motions.GetValueOrDefault(new Domain.Motions.MotionId(motion));
        if (state is not null && item is not null)
        {
            foreach (var key in state.Delegates.Keys.Select(k => k.ToString()).Concat(ballots.Select(b => b.MemberKey)))
                names.TryAdd(key, state.NameOf(Domain.Record.PublicKey.Parse(key)));
        }
        // The members when it opened: nobody leaves, so those admitted before its motion.opened.
        var eligible = members.Count(m => m.AdmittedSeq < row.MotionId);
        var decision = row.Outcome is null
            ? null
            : new DecisionView(row.Outcome, ViewCache.Eager(row.Count!), row.CharterVersion, row.DecidedAt ?? 0, row.DecidedSeq ?? 0);
        var count = decision?.Count;
        var validUntil = row.Status != Projection.DecidedStatus && row.ClosesAt > now ? row.ClosesAt : long.MaxValue;
        return _views.Keep(body, motion, head, validUntil, new MotionView(
            body,
            row.MotionId,
            row.Title,
            row.Text,
            ViewCache.Eager(row.Method),
            row.Effect is null ? null : ViewCache.Eager(row.Effect),
            row.Proposer,
            row.OpenedAt,
            row.ClosesAt,
            StatusOf(row, now),
            row.BallotsCast,
            count?["eligible"]?.GetValue<int>() ?? (item is null ? eligible : EligibleOn(item)),
            ballots.Select(b => new BallotView(b.MemberKey, names.GetValueOrDefault(b.MemberKey, b.MemberKey), ViewCache.Eager(b.Ballot), b.Seq, b.At)).ToList(),
            reports.Select(r => new MinorityReportView(r.Author, names.GetValueOrDefault(r.Author, r.Author), r.Text, r.Seq, r.At)).ToList(),
            discussion.Select(c => new ContributionView(c.Author, names.GetValueOrDefault(c.Author, c.Author), c.Text, c.Answers, c.Seq, c.At)).ToList(),
            decision,
            item is null ? null : FederationViews.Item(item)));
    }

    public async Task<HeadView> GetHeadAsync(string body, CancellationToken ct)
    {
        await using var db = _store.Databases.CreateDbContext();
        var row = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == body, ct) ?? throw UnknownBody(body);
        return await HeadAsync(db, row, ct);
    }

    public async Task<InclusionProofView> GetInclusionProofAsync(string body, long seq, long? size, CancellationToken ct) =>
        await ReadLogAsync(body, log =>
        {
            var n = size ?? log.Size;
            if (n < 1 || n > log.Size || seq < 0 || seq >= n)
                throw new RuleViolation("proof-range", $"An inclusion proof needs 0 ≤ seq < size ≤ {log.Size}; got seq {seq}, size {n}.", "seq");
            return new InclusionProofView(body, seq, n, log.Tree.LeafHashAt(seq).ToString(), log.Tree.Root(n).ToString(),
                log.Tree.InclusionProof(seq, n).Select(h => h.ToString()).ToList());
        }, ct);

    public async Task<ConsistencyProofView> GetConsistencyProofAsync(string body, long from, long? to, CancellationToken ct) =>
        await ReadLogAsync(body, log =>
        {
            var n = to ?? log.Size;
            if (from < 1 || from > n || n > log.Size)
                throw new RuleViolation("proof-range", $"A consistency proof needs 1 ≤ from ≤ to ≤ {log.Size}; got from {from}, to {n}.", "from");
            return new ConsistencyProofView(body, from, n, log.Tree.Root(from).ToString(), log.Tree.Root(n).ToString(),
                log.Tree.ConsistencyProof(from, n).Select(h => h.ToString()).ToList());
        }, ct);

    private async Task<T> ReadLogAsync<T>(string body, Func<BodyLog, T> read, CancellationToken ct)
    {
        if (!_appenders.ContainsKey(body) && !await BodyExistsAsync(body, ct))
            throw UnknownBody(body);
        var appender = _appenders.GetOrAdd(body, b => new Lazy<Appender>(() => new Appender(b, _store))).Value;
        return await appender.ReadAsync(read, ct);
    }

    private static async Task<HeadView> HeadAsync(CouncilsDb db, BodyRow row, CancellationToken ct)
    {
        var checkpoint = await db.Checkpoints.AsNoTracking().Where(c => c.BodyId == row.Id).OrderByDescending(c => c.Size).FirstAsync(ct);
        return new HeadView(checkpoint.Size, Sha256Hash.FromBytes(row.HeadHash).ToString(), Sha256Hash.FromBytes(checkpoint.Root).ToString(),
            Checkpoint.Parse(checkpoint.Bytes).At);
    }

    /// <summary>Who may vote on a federation's motion: its seats, voters or bodies for an agenda item, its delegates otherwise.</summary>
    private static int EligibleOn(Domain.Motions.Motion motion) => motion.Item switch
    {
        null => motion.Eligible.Count,
        { Mode: Domain.Charters.DecisionMode.Delegates } item => item.SeatCount,
        { Mode: Domain.Charters.DecisionMode.Referendum } item => item.Voters.Count,
        { } item => item.Seats.Count,
    };

    private static string StatusOf(MotionRow row, long now) =>
        row.Status == Projection.DecidedStatus ? "Decided" : now >= row.ClosesAt ? "Closed" : "Open";
}
