using Councils.Node.Storage;
using Microsoft.Data.Sqlite;

namespace Councils.Node.Tests.Storage;

/// <summary>A SQLite database in a temporary folder of its own, deleted afterwards.</summary>
public sealed class SqliteStoreFixture : StoreFixture
{
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), $"councils-test-{Guid.NewGuid():N}");

    protected override Task<CouncilsDbFactory> CreateAsync() =>
        Task.FromResult(new CouncilsDbFactory(new StorageOptions(StorageProvider.Sqlite, DataFolder)));

    public override Task DisposeAsync()
    {
        // Pooled connections keep the file open; close them so the folder can go.
        using (var connection = new SqliteConnection(CouncilsDbFactory.SqliteConnectionString(DataFolder)))
            SqliteConnection.ClearPool(connection);
        if (Directory.Exists(DataFolder))
            Directory.Delete(DataFolder, recursive: true);
        return Task.CompletedTask;
    }
}
