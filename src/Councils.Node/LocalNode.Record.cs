using Councils.Domain;
using Councils.Domain.Bodies;
using Councils.Domain.Record;
using Councils.Domain.Verification;
using Councils.Node.Storage;
using Councils.Node.Views;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node;

/// <summary>The record as a whole: export, import, verification and rebuilding the query tables.</summary>
public sealed partial class LocalNode
{
    public async Task ExportAsync(string body, Stream destination, CancellationToken ct)
    {
        if (!await BodyExistsAsync(body, ct))
            throw UnknownBody(body);
        await foreach (var line in LinesAsync(body, ct))
            await WriteLineAsync(destination, line.Bytes, ct);
        await destination.FlushAsync(ct);
    }

    public async Task<ImportResult> ImportAsync(Stream source, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await source.CopyToAsync(buffer, ct);
        var file = buffer.ToArray();
        var result = LogVerifier.VerifyFile(file, Environment.ProcessorCount);
        if (result.Failure is { } f)
            throw new RuleViolation("import-unverified", $"The file does not verify, so nothing was imported: line {f.Line}{(f.Seq is { } s ? $", event {s}" : "")}: {f.Message}");
        var body = result.Body ?? throw new RuleViolation("import-unverified", "The file holds no events.");
        if (await BodyExistsAsync(body, ct))
            throw new RuleViolation("body-exists", $"This node already holds the log of '{body}'.", "body");

        var lines = ExportFile.Lines(file).ToList();
        var entries = lines.Where(l => !l.IsCheckpoint).Select(l => Entry.Parse(l.Bytes.ToArray())).ToList();
        var state = BodyState.Empty(BodyId.Parse(body));
        await using var db = _store.Databases.CreateDbContext();
        foreach (var entry in entries)
        {
            state = state.Apply(Fold.Recorded(entry));
            db.Events.Add(EventRows.From(entry));
        }
        var checkpoints = 0;
        foreach (var line in lines.Where(l => l.IsCheckpoint))
        {
            var checkpoint = Checkpoint.Parse(line.Bytes.ToArray());
            db.Checkpoints.Add(new CheckpointRow { BodyId = body, Size = checkpoint.Size, Root = checkpoint.Root.Bytes.ToArray(), Bytes = checkpoint.Bytes.ToArray() });
            checkpoints++;
        }
        Projection.WriteAll(db, state, entries);
        await db.SaveChangesAsync(ct);
        await ForgetAsync(body);
        return new ImportResult(body, entries.Count, checkpoints);
    }

    public async Task<VerifyReport> VerifyAsync(CancellationToken ct)
    {
        var results = new List<VerificationResult>();
        foreach (var body in await BodyIdsAsync(ct))
        {
            var lines = new List<ExportLine>();
            await foreach (var line in LinesAsync(body, ct))
                lines.Add(line);
            var result = await Task.Run(() => LogVerifier.Verify(lines, Environment.ProcessorCount), ct);
            results.Add(result);
            if (!result.Ok)
                break;
        }
        var report = Verification.Sum(results);
        return report.Ok ? await CheckCitationsAsync(report, ct) : report;
    }

    /// <summary>Deletes and writes again every query table from the logs; returns how many bodies.</summary>
    public async Task<int> RebuildAsync(CancellationToken ct)
    {
        var bodies = await BodyIdsAsync(ct);
        await using (var db = _store.Databases.CreateDbContext())
        {
            await db.MinorityReports.ExecuteDeleteAsync(ct);
            await db.Contributions.ExecuteDeleteAsync(ct);
            await db.Ballots.ExecuteDeleteAsync(ct);
            await db.Motions.ExecuteDeleteAsync(ct);
            await db.Charters.ExecuteDeleteAsync(ct);
            await db.Members.ExecuteDeleteAsync(ct);
            await db.Bodies.ExecuteDeleteAsync(ct);
        }
        foreach (var body in bodies)
        {
            await using var db = _store.Databases.CreateDbContext();
            var entries = (await db.Events.AsNoTracking().Where(e => e.BodyId == body).OrderBy(e => e.Seq).Select(e => e.Bytes).ToListAsync(ct))
                .Select(bytes => Entry.Parse(bytes)).ToList();
            var state = entries.Aggregate(BodyState.Empty(BodyId.Parse(body)), (s, e) => s.Apply(Fold.Recorded(e)));
            Projection.WriteAll(db, state, entries);
            await db.SaveChangesAsync(ct);
            await ForgetAsync(body);
        }
        return bodies.Count;
    }

    private async Task<List<string>> BodyIdsAsync(CancellationToken ct)
    {
        await using var db = _store.Databases.CreateDbContext();
        return await db.Events.AsNoTracking().Where(e => e.Seq == 0).OrderBy(e => e.BodyId).Select(e => e.BodyId).ToListAsync(ct);
    }

    /// <summary>The body's log as export lines: each entry, then the checkpoints at its size.</summary>
    private async IAsyncEnumerable<ExportLine> LinesAsync(string body, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = _store.Databases.CreateDbContext();
        var checkpoints = await db.Checkpoints.AsNoTracking().Where(c => c.BodyId == body).OrderBy(c => c.Size)
            .Select(c => new { c.Size, c.Bytes }).ToListAsync(ct);
        var next = 0;
        var number = 0L;
        await foreach (var e in db.Events.AsNoTracking().Where(e => e.BodyId == body).OrderBy(e => e.Seq).Select(e => new { e.Seq, e.Bytes }).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return new ExportLine(++number, e.Bytes);
            for (; next < checkpoints.Count && checkpoints[next].Size <= e.Seq + 1; next++)
                yield return new ExportLine(++number, checkpoints[next].Bytes);
        }
    }

    private static async Task WriteLineAsync(Stream destination, ReadOnlyMemory<byte> line, CancellationToken ct)
    {
        await destination.WriteAsync(line, ct);
        await destination.WriteAsync("\n"u8.ToArray(), ct);
    }

    private async Task ForgetAsync(string body)
    {
        if (_appenders.TryRemove(body, out var appender) && appender.IsValueCreated)
            await appender.Value.DisposeAsync();
    }
}
