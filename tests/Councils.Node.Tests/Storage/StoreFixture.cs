using Councils.Node.Storage;

namespace Councils.Node.Tests.Storage;

/// <summary>A fresh, migrated database of one provider, shared by the tests of one class.</summary>
public abstract class StoreFixture : IAsyncLifetime
{
    private CouncilsDbFactory? _factory;

    public CouncilsDbFactory Factory => _factory ?? throw new InvalidOperationException("The store was not initialised.");

    public async Task InitializeAsync()
    {
        _factory = await CreateAsync();
        await _factory.MigrateAsync(CancellationToken.None);
    }

    public abstract Task DisposeAsync();

    protected abstract Task<CouncilsDbFactory> CreateAsync();
}
