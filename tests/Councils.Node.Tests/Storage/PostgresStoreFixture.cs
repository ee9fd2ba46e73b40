using Councils.Node.Storage;
using Npgsql;

namespace Councils.Node.Tests.Storage;

/// <summary>
/// A PostgreSQL database of its own (councils_test_&lt;random&gt;), created on the server named by
/// COUNCILS_TEST_POSTGRES and dropped afterwards. Without that variable the tests fail, never skip:
/// a green run must mean PostgreSQL was tested.
/// </summary>
public sealed class PostgresStoreFixture : StoreFixture
{
    public const string Variable = "COUNCILS_TEST_POSTGRES";

    private readonly string _database = $"councils_test_{Guid.NewGuid():N}";
    private string? _server;
    private string? _connectionString;

    protected override async Task<CouncilsDbFactory> CreateAsync()
    {
        _server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_server))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL storage tests cannot run. Run ./test.sh, which starts a " +
                $"throwaway PostgreSQL and sets it, or set {Variable} to a connection string of a role that may CREATE DATABASE.");
        }
        await ExecuteOnServerAsync($"CREATE DATABASE {_database}");
        _connectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ToString();
        return new CouncilsDbFactory(new StorageOptions(StorageProvider.Postgres, Path.GetTempPath(), _connectionString));
    }

    public override async Task DisposeAsync()
    {
        if (_connectionString is null)
            return;
        using (var connection = new NpgsqlConnection(_connectionString))
            NpgsqlConnection.ClearPool(connection);
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
