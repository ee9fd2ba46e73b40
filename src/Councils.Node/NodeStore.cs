using Councils.Domain.Bodies;
using Councils.Domain.Record;
using Councils.Node.Storage;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node;

/// <summary>
/// The node's durable side: opens database contexts, holds the node's own key and clock, loads a
/// body's log and writes appended entries with their checkpoint and projections in one transaction.
/// </summary>
internal sealed class NodeStore(CouncilsDbFactory databases, SigningKey nodeKey, TimeProvider clock)
{
    public CouncilsDbFactory Databases { get; } = databases;

    public SigningKey NodeKey { get; } = nodeKey;

    public Signer NodeSigner { get; } = new Signer.Node(nodeKey);

    public TimeProvider Clock { get; } = clock;

    public long Now() => Clock.GetUtcNow().ToUnixTimeMilliseconds();

    public async Task<BodyLog> LoadAsync(string body, CancellationToken ct)
    {
        await using var db = Databases.CreateDbContext();
        var rows = db.Events.AsNoTracking().Where(e => e.BodyId == body).OrderBy(e => e.Seq).Select(e => e.Bytes).AsAsyncEnumerable();
        var entries = new List<byte[]>();
        await foreach (var bytes in rows.WithCancellation(ct))
            entries.Add(bytes);
        return BodyLog.Load(body, entries);
    }

    /// <summary>How many entries the body's log holds as stored, whoever wrote them.</summary>
    public async Task<long> SizeAsync(string body, CancellationToken ct)
    {
        await using var db = Databases.CreateDbContext();
        return await db.Events.AsNoTracking().Where(e => e.BodyId == body).OrderByDescending(e => e.Seq)
            .Select(e => (long?)e.Seq).FirstOrDefaultAsync(ct) + 1 ?? 0;
    }

    public async Task WriteAsync(BodyLog log, BodyState state, IReadOnlyList<Entry> written, IReadOnlyList<RecordedEvent> events, IReadOnlyList<HeldKeyRow> rows, CancellationToken ct)
    {
        await using var db = Databases.CreateDbContext();
        foreach (var entry in written)
            db.Events.Add(EventRows.From(entry));
        db.HeldKeys.AddRange(rows);
        var checkpoint = Checkpoint.Create(log.Body, log.Tree.Size, log.Tree.Root(), written[^1].At, NodeKey);
        db.Checkpoints.Add(new CheckpointRow { BodyId = log.Body, Size = checkpoint.Size, Root = checkpoint.Root.Bytes.ToArray(), Bytes = checkpoint.Bytes.ToArray() });
        await Projection.WriteAsync(db, state, written, events, ct);
        await db.SaveChangesAsync(ct);
    }
}
