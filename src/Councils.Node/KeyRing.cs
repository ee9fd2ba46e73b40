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

    /// <summary>
    /// The held keys named by any of <paramref name="whos"/> (handles or public keys), as
    /// <see cref="FindAsync"/> finds each, in one query for all those not cached.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, HeldKey>> FindManyAsync(IReadOnlyCollection<string> whos, CancellationToken ct)
    {
        var found = new Dictionary<string, HeldKey>(StringComparer.Ordinal);
        var wanted = new List<string>();
        foreach (var who in whos)
        {
            if (_byHandle.TryGetValue(who, out var cached) || _byKey.TryGetValue(who, out cached))
                found[who] = cached;
            else
                wanted.Add(who);
        }
        if (wanted.Count == 0)
            return found;
        await using var db = databases.CreateDbContext();
        var rows = await db.HeldKeys.AsNoTracking().Where(k => EF.Parameter(wanted).Contains(k.Handle) || EF.Parameter(wanted).Contains(k.PublicKey)).ToListAsync(ct);
        var byHandle = rows.ToDictionary(r => r.Handle, StringComparer.Ordinal);
        var byKey = rows.ToDictionary(r => r.PublicKey, StringComparer.Ordinal);
        foreach (var who in wanted)
        {
            // As FindAsync's query: a row whose handle or public key is the one asked for.
            if (byHandle.TryGetValue(who, out var row) || byKey.TryGetValue(who, out row))
                found[who] = Remember(row);
        }
        return found;
    }

    /// <summary>Those of <paramref name="handles"/> that no stored key is held under, in one query.</summary>
    public async Task<IReadOnlySet<string>> FreeAsync(IReadOnlyCollection<string> handles, CancellationToken ct)
    {
        var free = handles.ToHashSet(StringComparer.Ordinal);
        if (free.Count == 0)
            return free;
        var wanted = free.ToList();
        await using var db = databases.CreateDbContext();
        free.ExceptWith(await db.HeldKeys.AsNoTracking().Where(k => EF.Parameter(wanted).Contains(k.Handle)).Select(k => k.Handle).ToListAsync(ct));
        return free;
    }

    /// <summary>The handle <see cref="MintAsync"/> tries first: the one asked for, or one made from the name.</summary>
    public static string StemOf(string name, string? handle) => handle ?? Slug(name);

    public async Task<IReadOnlyDictionary<string, string>> HandlesOfAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        var wanted = keys.ToList();
        await using var db = databases.CreateDbContext();
        return await db.HeldKeys.AsNoTracking().Where(k => EF.Parameter(wanted).Contains(k.PublicKey)).ToDictionaryAsync(k => k.PublicKey, k => k.Handle, ct);
    }

    /// <summary>A new key to hold under a free handle (from <paramref name="handle"/> or made from the name).</summary>
    /// <remarks>
    /// <paramref name="reserved"/> are handles minted for the same request, not yet stored;
    /// <paramref name="free"/>, handles the caller has just found no stored key under, so the database is not asked again.
    /// </remarks>
    public async Task<HeldKey> MintAsync(string name, string? handle, long now, IReadOnlySet<string> reserved, CancellationToken ct, IReadOnlySet<string>? free = null)
    {
        if (handle is not null && !HandlePattern().IsMatch(handle))
            throw new RuleViolation("request-invalid", $"'{handle}' is not a handle: use lowercase letters, digits, '-', '.' or '_', up to 63 characters.", "handle");
        var stem = StemOf(name, handle);
        CouncilsDb? db = null;
        try
        {
            var chosen = stem;
            for (var n = 2; reserved.Contains(chosen) || (free?.Contains(chosen) != true && await (db ??= databases.CreateDbContext()).HeldKeys.AnyAsync(k => k.Handle == chosen, ct)); n++)
                chosen = $"{stem}-{n}";
            using var key = SigningKey.Generate();
            var row = new HeldKeyRow { Handle = chosen, PublicKey = key.PublicKey.ToString(), Seed = key.ExportSeed(), Name = name, CreatedAt = now };
            return new HeldKey(row);
        }
        finally
        {
            if (db is not null)
                await db.DisposeAsync();
        }
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
