using Councils.Node.Storage;

namespace Councils.Node.Tests.Storage;

public sealed class CouncilsDbFactoryTests
{
    [Fact]
    public void Postgres_WithoutConnectionString_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new CouncilsDbFactory(new StorageOptions(StorageProvider.Postgres, Path.GetTempPath())));

    [Fact]
    public void Sqlite_WithConnectionString_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new CouncilsDbFactory(new StorageOptions(StorageProvider.Sqlite, Path.GetTempPath(), "Data Source=x.db")));

    [Fact]
    public void Sqlite_MissingDataFolder_IsCreated()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"councils-test-{Guid.NewGuid():N}", "nested");
        try
        {
            _ = new CouncilsDbFactory(new StorageOptions(StorageProvider.Sqlite, folder));
            Assert.True(Directory.Exists(folder));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }
}
