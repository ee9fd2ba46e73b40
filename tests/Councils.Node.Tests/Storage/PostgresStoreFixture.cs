using Councils.Node.Storage;
using Npgsql;

namespace Councils.Node.Tests.Storage;

/// <summary>
/// PostgreSQL databases of their own (councils_test_&lt;random&gt;), created on the server named by
/// COUNCILS_TEST_POSTGRES and dropped afterwards. Without that variable the tests fail, never skip:
/// a green run must mean PostgreSQL was tested.
/// </summary>
public sealed class PostgresStoreFixture : StoreFixture
{
    public const string Variable = "COUNCILS_TEST_POSTGRES";

    private readonly List<(string Database, string ConnectionString)> _databases = [];

    public override async Task<StorageOptions> CreateDatabaseAsync()
    {
        var server = Server();
        var database = $"councils_test_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync(server, $"CREATE DATABASE {database}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();
        lock (_databases)
            _databases.Add((database, connectionString));
        return new StorageOptions(StorageProvider.Postgres, Path.GetTempPath(), connectionString);
    }

    public override async Task DisposeAsync()
    {
        foreach (var (database, connectionString) in _databases)
        {
            using (var connection = new NpgsqlConnection(connectionString))
                NpgsqlConnection.ClearPool(connection);
            await ExecuteOnServerAsync(Server(), $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static string Server()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(server)
            ? throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL storage tests cannot run. Run ./test.sh, which starts a " +
                $"throwaway PostgreSQL and sets it, or set {Variable} to a connection string of a role that may CREATE DATABASE.")
            : server;
    }

    private static async Task ExecuteOnServerAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
