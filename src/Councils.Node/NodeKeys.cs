using Councils.Domain.Record;
using Councils.Node.Storage;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node;

/// <summary>The node's own signing key, made once and kept in its database.</summary>
internal static class NodeKeys
{
    public static async Task<SigningKey> LoadOrCreateAsync(CouncilsDbFactory databases, TimeProvider clock, CancellationToken ct)
    {
        await using var db = databases.CreateDbContext();
        if (await db.Node.AsNoTracking().FirstOrDefaultAsync(ct) is { } existing)
            return SigningKey.FromSeed(existing.Seed);
        using var key = SigningKey.Generate();
        db.Node.Add(new NodeRow { Seed = key.ExportSeed(), CreatedAt = clock.GetUtcNow().ToUnixTimeMilliseconds() });
        try
        {
            await db.SaveChangesAsync(ct);
            return SigningKey.FromSeed(key.ExportSeed());
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another process made it first: use theirs.
            await using var again = databases.CreateDbContext();
            return SigningKey.FromSeed((await again.Node.AsNoTracking().FirstAsync(ct)).Seed);
        }
    }
}
