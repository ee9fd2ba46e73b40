using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Councils.Domain;
using Councils.Domain.Record;
using Councils.Node.Storage;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node;

/// <summary>
/// The keys this node holds for members who use the web, each under a handle. A person is their
/// key: the same handle admitted to two bodies is one member of both.
/// </summary>
/// <remarks>Until accounts arrive, whoever can reach the node's API may act under any handle it holds.</remarks>
internal sealed partial class KeyRing(CouncilsDbFactory databases)
{
    private readonly ConcurrentDictionary<string, HeldKey> _byHandle = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HeldKey> _byKey = new(StringComparer.Ordinal);

    /// <summary>The held key named by a handle or by its public key.</summary>
    public async Task<HeldKey> ResolveAsync(string who, CancellationToken ct) =>
        await FindAsync(who, ct) ?? throw (PublicKey.TryParse(who, out _)
            ? new RuleViolation("key-not-held", $"This node does not hold the key {who}; its owner signs their own events and posts them to the log.", "by")
            : new RuleViolation("unknown-member", $"No member with the handle '{who}' on this node.", "by"));

    public async Task<HeldKey?> FindAsync(string who, CancellationToken ct)
    {
        if (_byHandle.TryGetValue(who, out var cached) || _byKey.TryGetValue(who, out cached))
            return cached;
        await using var db = databases.CreateDbContext();
        var row = await db.HeldKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Handle == who || k.PublicKey == who, ct);
        return row is null ? null : Remember(row);
    }

    public async Task<IReadOnlyDictionary<string, string>> HandlesOfAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        var wanted = keys.ToList();
        await using var db = databases.CreateDbContext();
        return await db.HeldKeys.AsNoTracking().Where(k => wanted.Contains(k.PublicKey)).ToDictionaryAsync(k => k.PublicKey, k => k.Handle, ct);
    }

    /// <summary>A new key to hold under a free handle (from <paramref name="handle"/> or made from the name).</summary>
    public async Task<HeldKey> MintAsync(string name, string? handle, long now, IReadOnlySet<string> reserved, CancellationToken ct)
    {
        if (handle is not null && !HandlePattern().IsMatch(handle))
            throw new RuleViolation("request-invalid", $"'{handle}' is not a handle: use lowercase letters, digits, '-', '.' or '_', up to 63 characters.", "handle");
        var stem = handle ?? Slug(name);
        await using var db = databases.CreateDbContext();
        var chosen = stem;
        for (var n = 2; reserved.Contains(chosen) || await db.HeldKeys.AnyAsync(k => k.Handle == chosen, ct); n++)
            chosen = $"{stem}-{n}";
        using var key = SigningKey.Generate();
        var row = new HeldKeyRow { Handle = chosen, PublicKey = key.PublicKey.ToString(), Seed = key.ExportSeed(), Name = name, CreatedAt = now };
        return new HeldKey(row);
    }

    public HeldKey Remember(HeldKeyRow row)
    {
        var held = new HeldKey(row);
        _byHandle[row.Handle] = held;
        _byKey[row.PublicKey] = held;
        return held;
    }

    private static string Slug(string name)
    {
        var slug = NonHandle().Replace(name.Trim().ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "member" : slug[..Math.Min(slug.Length, 56)];
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,62}$")]
    private static partial Regex HandlePattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonHandle();
}
