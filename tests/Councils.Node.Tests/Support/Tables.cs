using System.Globalization;
using System.Text;
using System.Text.Json;
using Councils.Node.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Councils.Node.Tests.Support;

/// <summary>
/// Whole tables as text: every row, every mapped column, rows in key order. Two dumps are equal
/// exactly when the tables hold the same rows, so a test can compare a database before and after.
/// </summary>
internal static class Tables
{
    /// <summary>The query tables: what the logs derive and a rebuild writes again.</summary>
    public static readonly IReadOnlySet<string> Query = new HashSet<string>(StringComparer.Ordinal)
        { "bodies", "members", "charters", "motions", "ballots", "minority_reports", "contributions" };

    /// <summary>Every table of the database: the logs, the keys, the node and the query tables.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(Query, StringComparer.Ordinal)
        { "events", "checkpoints", "held_keys", "node" };

    public static async Task<string> DumpAsync(CouncilsDbFactory databases, IReadOnlySet<string> tables)
    {
        await using var db = databases.CreateDbContext();
        var text = new StringBuilder();
        foreach (var entity in db.Model.GetEntityTypes().OrderBy(e => e.GetTableName(), StringComparer.Ordinal))
        {
            if (!tables.Contains(entity.GetTableName()!))
                continue;
            var rows = await RowsAsync(db, entity);
            text.Append("== ").Append(entity.GetTableName()).Append(" (").Append(rows.Count).AppendLine(" rows)");
            foreach (var row in rows)
                text.AppendLine(row);
        }
        return text.ToString();
    }

    private static async Task<List<string>> RowsAsync(CouncilsDb db, IEntityType entity)
    {
        var set = (IQueryable<object>)typeof(Tables).GetMethod(nameof(SetOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(entity.ClrType).Invoke(null, [db])!;
        var rows = await set.ToListAsync();
        var key = entity.FindPrimaryKey()!.Properties;
        var columns = entity.GetProperties().OrderBy(p => p.GetColumnName(), StringComparer.Ordinal).ToList();
        return rows
            .OrderBy(row => key.Select(p => p.PropertyInfo!.GetValue(row)).ToArray(), KeyOrder.Instance)
            .Select(row => string.Join(" | ", columns.Select(c => $"{c.GetColumnName()}={Format(c.PropertyInfo!.GetValue(row))}")))
            .ToList();
    }

    private static IQueryable<object> SetOf<T>(CouncilsDb db)
        where T : class => db.Set<T>().AsNoTracking();

    private static string Format(object? value) => value switch
    {
        null => "null",
        byte[] bytes => Convert.ToHexStringLower(bytes),
        string s => JsonSerializer.Serialize(s),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private sealed class KeyOrder : IComparer<object?[]>
    {
        public static KeyOrder Instance { get; } = new();

        public int Compare(object?[]? x, object?[]? y)
        {
            for (var i = 0; i < x!.Length; i++)
            {
                var order = (x[i], y![i]) switch
                {
                    (string a, string b) => string.CompareOrdinal(a, b),
                    (IComparable a, var b) => a.CompareTo(b),
                    _ => 0,
                };
                if (order != 0)
                    return order;
            }
            return 0;
        }
    }
}
