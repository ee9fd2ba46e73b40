using Npgsql;

namespace Councils.Tests.Support;

/// <summary>
/// A fresh PostgreSQL database (councils_test_&lt;random&gt;) on the server named by
/// COUNCILS_TEST_POSTGRES, dropped on dispose. Without that variable a test fails, never skips:
/// a green run must mean PostgreSQL was tested.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "COUNCILS_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name = $"councils_test_{Guid.NewGuid():N}";

    private PostgresDatabase(string server)
    {
        _server = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ToString();
    }

    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL tests cannot run. Run ./test.sh, which starts a throwaway " +
                $"PostgreSQL and sets it, or set {Variable} to a connection string of a role that may CREATE DATABASE.");
        }
        var database = new PostgresDatabase(server);
        await database.ExecuteOnServerAsync($"CREATE DATABASE {database._name}");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
            NpgsqlConnection.ClearPool(connection);
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
