using Councils.Node.Storage;

namespace Councils.Node.Tests.Storage;

/// <summary>
/// Databases of one provider for the tests of one class: a fresh, migrated one shared by the class
/// (<see cref="Factory"/>, <see cref="Options"/>), and more on demand for tests that need a node of
/// their own. All of them are deleted when the class is done.
/// </summary>
public abstract class StoreFixture : IAsyncLifetime
{
    private CouncilsDbFactory? _factory;

    public CouncilsDbFactory Factory => _factory ?? throw new InvalidOperationException("The store was not initialised.");

    /// <summary>Where the shared database is, as a node is opened on it.</summary>
    public StorageOptions Options => Factory.Options;

    public async Task InitializeAsync()
    {
        _factory = new CouncilsDbFactory(await CreateDatabaseAsync());
        await _factory.MigrateAsync(CancellationToken.None);
    }

    /// <summary>A new, empty database of this provider (not yet migrated), deleted with the fixture.</summary>
    public abstract Task<StorageOptions> CreateDatabaseAsync();

    public abstract Task DisposeAsync();
}
