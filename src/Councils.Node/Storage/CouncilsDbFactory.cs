using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Councils.Node.Storage;

/// <summary>
/// The way into storage: makes pooled <see cref="CouncilsDb"/> contexts for the configured provider
/// and brings the database up to date. Make one per node and share it; contexts are cheap and
/// short-lived (dispose each after its unit of work, which returns it to the pool).
/// </summary>
public sealed class CouncilsDbFactory : IDbContextFactory<CouncilsDb>
{
    /// <summary>The name of the SQLite database file in <see cref="StorageOptions.DataFolder"/>.</summary>
    public const string SqliteFileName = "councils.db";

    private readonly Func<CouncilsDb> _create;

    /// <exception cref="ArgumentException">The options name no usable database.</exception>
    public CouncilsDbFactory(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        switch (options.Provider)
        {
            case StorageProvider.Sqlite:
                if (options.ConnectionString is not null)
                    throw new ArgumentException($"SQLite keeps {SqliteFileName} in the data folder; a connection string is for PostgreSQL only.", nameof(options));
                if (string.IsNullOrWhiteSpace(options.DataFolder))
                    throw new ArgumentException("SQLite needs a data folder.", nameof(options));
                Directory.CreateDirectory(options.DataFolder);
                var sqlite = new DbContextOptionsBuilder<SqliteCouncilsDb>()
                    .UseSqlite(SqliteConnectionString(options.DataFolder))
                    .AddInterceptors(SqliteConnectionSetup.Instance);
                _create = new PooledDbContextFactory<SqliteCouncilsDb>(sqlite.Options).CreateDbContext;
                break;
            case StorageProvider.Postgres:
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                    throw new ArgumentException("PostgreSQL needs a connection string.", nameof(options));
                var postgres = new DbContextOptionsBuilder<PostgresCouncilsDb>().UseNpgsql(options.ConnectionString);
                _create = new PooledDbContextFactory<PostgresCouncilsDb>(postgres.Options).CreateDbContext;
                break;
            default:
                throw new ArgumentException($"Unknown storage provider {options.Provider}.", nameof(options));
        }
    }

    public StorageOptions Options { get; }

    /// <summary>A context from the pool; dispose it to return it.</summary>
    public CouncilsDb CreateDbContext() => _create();

    /// <summary>
    /// Creates the database if missing and applies every pending migration. Safe to run from
    /// several processes at once (EF Core takes a migration lock). On SQLite it first switches the
    /// file to write-ahead logging, which is persistent and must be set outside a transaction.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = CreateDbContext();
        if (Options.Provider == StorageProvider.Sqlite)
            await UseWriteAheadLogAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    internal static string SqliteConnectionString(string dataFolder) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(Path.GetFullPath(dataFolder), SqliteFileName),
        Mode = SqliteOpenMode.ReadWriteCreate,
        ForeignKeys = true,
        Pooling = true,
    }.ToString();

    private static async Task UseWriteAheadLogAsync(CouncilsDb db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = await command.ExecuteScalarAsync(cancellationToken) as string;
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"SQLite would not use write-ahead logging here (journal_mode is '{mode}').");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
