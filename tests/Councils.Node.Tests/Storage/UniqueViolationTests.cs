using Councils.Node.Storage;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Tests.Storage;

/// <summary>Conflicts the node retries on, recognised on each provider through its sealed subclasses.</summary>
public abstract class UniqueViolationTests(StoreFixture store)
{
    private const int Writers = 32;

    private CouncilsDbFactory Factory => store.Factory;

    [Fact]
    public async Task Events_SameBodyAndSeqFromTwoWriters_SecondIsAUniqueViolation()
    {
        var bodyId = Rows.NewBodyId();
        await using (var first = Factory.CreateDbContext())
        {
            first.Events.Add(Rows.Event(bodyId, 0));
            await first.SaveChangesAsync();
        }

        await using var second = Factory.CreateDbContext();
        second.Events.Add(Rows.Event(bodyId, 0));
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
        Assert.True(failure.IsUniqueViolation());
    }

    [Fact]
    public async Task HeldKeys_SamePublicKeyUnderTwoHandles_IsAUniqueViolation()
    {
        var publicKey = Guid.NewGuid().ToString("N").PadRight(43, 'k');
        await using (var first = Factory.CreateDbContext())
        {
            first.HeldKeys.Add(Rows.HeldKey($"ada-{Guid.NewGuid():N}", publicKey));
            await first.SaveChangesAsync();
        }

        await using var second = Factory.CreateDbContext();
        second.HeldKeys.Add(Rows.HeldKey($"bob-{Guid.NewGuid():N}", publicKey));
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
        Assert.True(failure.IsUniqueViolation());
    }

    [Fact]
    public async Task Ballots_ManyWritersInsertOneKeyAtOnce_ExactlyOneSucceeds()
    {
        var bodyId = Rows.NewBodyId();
        await using (var setup = Factory.CreateDbContext())
        {
            setup.Bodies.Add(Rows.Body(bodyId));
            setup.Motions.Add(Rows.Motion(bodyId, 1));
            await setup.SaveChangesAsync();
        }

        // Every writer has its connection open and its row staged before any of them saves.
        var writers = new List<CouncilsDb>();
        try
        {
            for (var i = 0; i < Writers; i++)
            {
                var db = Factory.CreateDbContext();
                writers.Add(db);
                await db.Database.OpenConnectionAsync();
                db.Ballots.Add(Rows.Ballot(bodyId, 1, Rows.Key(1), 2 + i));
            }
            var saved = await Task.WhenAll(writers.Select(db => Task.Run(() => TrySaveAsync(db))));

            Assert.Equal(1, saved.Count(s => s));
        }
        finally
        {
            foreach (var db in writers)
                await db.DisposeAsync();
        }
        await using var reader = Factory.CreateDbContext();
        Assert.Equal(1, await reader.Ballots.CountAsync(b => b.BodyId == bodyId));
    }

    /// <summary>True if saved, false on a unique violation; anything else fails the test.</summary>
    private static async Task<bool> TrySaveAsync(CouncilsDb db)
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return false;
        }
    }
}
