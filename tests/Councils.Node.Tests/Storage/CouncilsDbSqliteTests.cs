using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Tests.Storage;

public sealed class CouncilsDbSqliteTests(SqliteStoreFixture store) : CouncilsDbTests(store), IClassFixture<SqliteStoreFixture>
{
    [Fact]
    public async Task Connections_EveryOneOpened_SyncFullyInWriteAheadLogMode()
    {
        // Several contexts open at once hold distinct connections. Each then spoils its pragmas and goes
        // back to the pool; reopened, it must have them again. (The bundled SQLite defaults to FULL
        // already, so busy_timeout and the spoiling are what show the setup ran.)
        var contexts = Enumerable.Range(0, 4).Select(_ => Factory.CreateDbContext()).ToList();
        try
        {
            for (var round = 0; round < 2; round++)
            {
                foreach (var db in contexts)
                    await db.Database.OpenConnectionAsync();
                foreach (var db in contexts)
                {
                    Assert.Equal(2L, await PragmaAsync(db, "synchronous")); // FULL
                    Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
                    Assert.Equal(1L, await PragmaAsync(db, "foreign_keys"));
                    Assert.Equal(10_000L, await PragmaAsync(db, "busy_timeout"));
                    await PragmaAsync(db, "synchronous = OFF");
                    await PragmaAsync(db, "busy_timeout = 0");
                    await PragmaAsync(db, "foreign_keys = OFF");
                }
                foreach (var db in contexts)
                    await db.Database.CloseConnectionAsync();
            }
        }
        finally
        {
            foreach (var db in contexts)
                await db.DisposeAsync();
        }
    }

    [Fact]
    public void DataFolder_Migrated_HoldsTheDatabaseFile() =>
        Assert.True(File.Exists(Path.Combine(store.DataFolder, "councils.db")));

    private static async Task<object?> PragmaAsync(DbContext db, string pragma)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return await command.ExecuteScalarAsync();
    }
}
