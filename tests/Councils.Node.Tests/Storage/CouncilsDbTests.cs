using Councils.Node.Storage;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Tests.Storage;

/// <summary>The storage contract; runs once per provider through its sealed subclasses.</summary>
public abstract class CouncilsDbTests(StoreFixture store)
{
    private static readonly string[] Tables =
        ["events", "checkpoints", "held_keys", "node", "bodies", "members", "charters", "motions", "ballots", "minority_reports", "contributions"];

    protected CouncilsDbFactory Factory => store.Factory;

    [Fact]
    public async Task Migrate_FreshDatabase_CreatesEveryTableAndLeavesNothingPending()
    {
        await Factory.MigrateAsync(CancellationToken.None); // a second run is a no-op
        await using var db = Factory.CreateDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(Tables.Order(), db.Model.GetEntityTypes().Select(e => e.GetTableName()).Order());
        await db.Database.OpenConnectionAsync();
        foreach (var table in Tables)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {table}";
            await command.ExecuteScalarAsync();
        }
        // Reading every set selects every mapped column.
        await db.Events.ToListAsync();
        await db.Checkpoints.ToListAsync();
        await db.HeldKeys.ToListAsync();
        await db.Node.ToListAsync();
        await db.Bodies.ToListAsync();
        await db.Members.ToListAsync();
        await db.Charters.ToListAsync();
        await db.Motions.ToListAsync();
        await db.Ballots.ToListAsync();
        await db.MinorityReports.ToListAsync();
        await db.Contributions.ToListAsync();
    }

    [Fact]
    public async Task Bytes_EveryByteValue_RoundTripsExactly()
    {
        var bodyId = Rows.NewBodyId();
        var everyByte = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var reversed = everyByte.Reverse().ToArray();
        var hash = everyByte[..16].Concat(everyByte[^16..]).ToArray();
        await using (var db = Factory.CreateDbContext())
        {
            db.Events.Add(new EventRow { BodyId = bodyId, Seq = 0, Bytes = everyByte, Hash = hash, Kind = "body.created", At = Rows.At });
            db.Checkpoints.Add(new CheckpointRow { BodyId = bodyId, Size = 1, Root = hash, Bytes = reversed });
            await db.SaveChangesAsync();
        }

        await using var reader = Factory.CreateDbContext();
        var stored = await reader.Events.SingleAsync(e => e.BodyId == bodyId);
        var checkpoint = await reader.Checkpoints.SingleAsync(c => c.BodyId == bodyId);
        Assert.Equal(everyByte, stored.Bytes);
        Assert.Equal(hash, stored.Hash);
        Assert.Equal(reversed, checkpoint.Bytes);
        Assert.Equal(hash, checkpoint.Root);
    }

    [Fact]
    public async Task Transaction_FailingAfterInserts_LeavesNoRows()
    {
        var bodyId = Rows.NewBodyId();
        await using (var db = Factory.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Events.AddRange(Rows.Event(bodyId, 0), Rows.Event(bodyId, 1), Rows.Event(bodyId, 2));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            db.Events.Add(Rows.Event(bodyId, 1));
            var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.True(failure.IsUniqueViolation());
            // No commit: disposing the transaction rolls it back.
        }

        await using var reader = Factory.CreateDbContext();
        Assert.Equal(0, await reader.Events.CountAsync(e => e.BodyId == bodyId));
    }

    [Fact]
    public async Task Event_HashNot32Bytes_IsRefused()
    {
        var row = Rows.Event(Rows.NewBodyId(), 0);
        row.Hash = new byte[31];
        await using var db = Factory.CreateDbContext();
        db.Events.Add(row);
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.False(failure.IsUniqueViolation());
    }

    [Fact]
    public async Task Node_IdOtherThanOne_IsRefused()
    {
        await using var db = Factory.CreateDbContext();
        db.Node.Add(new NodeRow { Id = 2, Seed = new byte[32], CreatedAt = Rows.At });
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.False(failure.IsUniqueViolation());
    }

    [Fact]
    public async Task Ballot_ForMissingMotion_IsRefused()
    {
        var bodyId = Rows.NewBodyId();
        await using var db = Factory.CreateDbContext();
        db.Bodies.Add(Rows.Body(bodyId));
        db.Ballots.Add(Rows.Ballot(bodyId, 7, Rows.Key(1), 8));
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.False(failure.IsUniqueViolation());
    }

    [Fact]
    public async Task Body_Deleted_TakesItsProjectionsWithIt()
    {
        var bodyId = Rows.NewBodyId();
        await using (var db = Factory.CreateDbContext())
        {
            db.Bodies.Add(Rows.Body(bodyId));
            db.Members.Add(new MemberRow { BodyId = bodyId, MemberKey = Rows.Key(1), Name = "Ada", AdmittedSeq = 0, AdmittedAt = Rows.At });
            db.Charters.Add(new CharterRow { BodyId = bodyId, Version = 1, Charter = "{}", At = Rows.At });
            db.Motions.Add(Rows.Motion(bodyId, 1));
            db.Ballots.Add(Rows.Ballot(bodyId, 1, Rows.Key(1), 2));
            db.MinorityReports.Add(new MinorityReportRow { BodyId = bodyId, Seq = 3, MotionId = 1, Author = Rows.Key(1), Text = "No.", At = Rows.At });
            db.Contributions.Add(new ContributionRow { BodyId = bodyId, Seq = 4, MotionId = 1, Author = Rows.Key(1), Text = "Why?", Answers = null, At = Rows.At });
            await db.SaveChangesAsync();
        }

        await using var rebuild = Factory.CreateDbContext();
        Assert.Equal(1, await rebuild.Bodies.Where(b => b.Id == bodyId).ExecuteDeleteAsync());
        Assert.False(await rebuild.Members.AnyAsync(r => r.BodyId == bodyId));
        Assert.False(await rebuild.Charters.AnyAsync(r => r.BodyId == bodyId));
        Assert.False(await rebuild.Motions.AnyAsync(r => r.BodyId == bodyId));
        Assert.False(await rebuild.Ballots.AnyAsync(r => r.BodyId == bodyId));
        Assert.False(await rebuild.MinorityReports.AnyAsync(r => r.BodyId == bodyId));
        Assert.False(await rebuild.Contributions.AnyAsync(r => r.BodyId == bodyId));
    }
}
