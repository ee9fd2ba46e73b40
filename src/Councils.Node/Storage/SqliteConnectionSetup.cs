using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Councils.Node.Storage;

/// <summary>
/// Sets the per-connection pragmas on every connection EF Core opens, new or reused from the pool.
/// Their defaults depend on how SQLite was compiled (the bundled e_sqlite3 happens to use FULL, but
/// many builds use NORMAL in WAL mode, which can lose the last commits on power loss), busy_timeout
/// defaults to 0 (fail at once), and a pooled connection keeps whatever anyone last set on it.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    /// <summary>How long a writer waits for another's lock before SQLite reports busy.</summary>
    public const int BusyTimeoutMilliseconds = 10_000;

    private static readonly string Pragmas =
        $"PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";

    public static SqliteConnectionSetup Instance { get; } = new();

    private SqliteConnectionSetup()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
