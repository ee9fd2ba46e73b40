using Councils.Node.Storage;
using Microsoft.Data.Sqlite;

namespace Councils.Node.Tests.Storage;

/// <summary>SQLite databases, each in a temporary folder of its own, deleted afterwards.</summary>
public sealed class SqliteStoreFixture : StoreFixture
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"councils-test-{Guid.NewGuid():N}");
    private readonly List<string> _folders = [];

    /// <summary>The data folder of the shared database.</summary>
    public string DataFolder => Options.DataFolder;

    public override Task<StorageOptions> CreateDatabaseAsync()
    {
        var folder = Path.Combine(_root, $"db-{Guid.NewGuid():N}");
        lock (_folders)
            _folders.Add(folder);
        return Task.FromResult(new StorageOptions(StorageProvider.Sqlite, folder));
    }

    public override Task DisposeAsync()
    {
        // Pooled connections keep the files open; close them so the folders can go.
        foreach (var folder in _folders)
        {
            using var connection = new SqliteConnection(CouncilsDbFactory.SqliteConnectionString(folder));
            SqliteConnection.ClearPool(connection);
        }
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }
}
