using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Councils.Api;
using Councils.Node;
using Councils.Node.Requests;
using Councils.Node.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Councils.Bench;

/// <summary>
/// Signed ballots appended through the HTTP API by concurrent clients, durable, beside a baseline
/// of the same rows inserted by a bare loop through the same driver with the same durability
/// (target: at least half the baseline's rate).
/// </summary>
internal static class BallotBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = Stats.Option(args, "provider", "sqlite");
        var clients = int.Parse(Stats.Option(args, "clients", "64"), System.Globalization.CultureInfo.InvariantCulture);
        var ballots = int.Parse(Stats.Option(args, "ballots", "20000"), System.Globalization.CultureInfo.InvariantCulture);
        var postgres = Stats.Option(args, "postgres", Environment.GetEnvironmentVariable("COUNCILS_BENCH_POSTGRES") ?? "");
        var folder = Path.Combine(Path.GetTempPath(), $"councils-bench-{Guid.NewGuid():N}");
        var options = provider == "postgres"
            ? new StorageOptions(StorageProvider.Postgres, folder, await FreshDatabaseAsync(postgres, "councils_bench"))
            : new StorageOptions(StorageProvider.Sqlite, folder);

        var baseline = await BaselineAsync(provider, options, ballots, folder, postgres);
        Console.WriteLine($"  baseline bare loop: {baseline:N0} ballots/s");

        await using var node = await LocalNode.OpenAsync(options, TimeProvider.System, CancellationToken.None);
        var founders = Enumerable.Range(0, ballots).Select(i => new NewMember($"Voter {i}", $"v{i}")).ToList();
        await node.CreateBodyAsync(new CreateBody("Bench Works", "workplace-committee", "bench-works", founders), CancellationToken.None);
        var motion = await node.OpenMotionAsync("bench-works", new OpenMotion("v0", "Benchmark motion"), CancellationToken.None);

        var port = FreePort();
        await using var app = NodeServer.Build(node, $"http://127.0.0.1:{port}");
        await app.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        // Warm up (JIT, connection pools, caches) on a motion of its own; only the second pass is measured.
        var warmup = await node.OpenMotionAsync("bench-works", new OpenMotion("v0", "Warm-up motion"), CancellationToken.None);
        await CastAllAsync(http, warmup.Id, Math.Min(ballots, 2000), clients, new double[Math.Min(ballots, 2000)]);
        var latencies = new double[ballots];
        var watch = Stopwatch.StartNew();
        await CastAllAsync(http, motion.Id, ballots, clients, latencies);
        var rate = ballots / watch.Elapsed.TotalSeconds;
        await app.StopAsync();
        var p99 = Stats.Percentile(latencies, 99);
        Console.WriteLine($"RESULT ballots provider={provider} clients={clients} ballots={ballots} api_ballots_per_s={rate:F0} p50_ms={Stats.Median(latencies):F1} p99_ms={p99:F1} baseline_per_s={baseline:F0} ratio={rate / baseline:F2}");
        return 0;
    }

    /// <summary>Each of <paramref name="clients"/> clients casts ballots for the next voter until all have voted.</summary>
    private static async Task CastAllAsync(HttpClient http, long motion, int ballots, int clients, double[] latencies)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < ballots; i = Interlocked.Increment(ref next))
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync($"api/bodies/bench-works/motions/{motion}/ballots",
                    new { by = $"v{i}", ballot = new JsonObject { ["choice"] = i % 3 == 0 ? "no" : "yes" } });
                response.EnsureSuccessStatusCode();
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }));
    }

    /// <summary>The same rows a ballot writes (its event, its ballot row), one durable transaction each, by a bare loop.</summary>
    private static async Task<double> BaselineAsync(string provider, StorageOptions options, int ballots, string folder, string postgres)
    {
        var count = Math.Min(ballots, 5000);
        var payload = new byte[420];
        Random.Shared.NextBytes(payload);
        var watch = new Stopwatch();
        if (provider == "postgres")
        {
            await using var connection = new NpgsqlConnection(await FreshDatabaseAsync(postgres, "councils_baseline"));
            await connection.OpenAsync();
            await Execute(connection, "CREATE TABLE events (body_id text, seq bigint, bytes bytea, hash bytea, kind text, at bigint, PRIMARY KEY (body_id, seq)); CREATE TABLE ballots (body_id text, motion_id bigint, member_key text, ballot text, seq bigint, at bigint, PRIMARY KEY (body_id, motion_id, member_key))");
            watch.Start();
            for (var i = 0; i < count; i++)
            {
                await using var tx = await connection.BeginTransactionAsync();
                await Execute(connection, $"INSERT INTO events VALUES ('b', {i}, @p, @p, 'ballot.cast', {i}); INSERT INTO ballots VALUES ('b', 1, 'm{i}', '{{\"choice\":\"yes\"}}', {i}, {i})", payload, tx);
                await tx.CommitAsync();
            }
        }
        else
        {
            Directory.CreateDirectory(folder);
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "baseline.db")};Pooling=False");
            await connection.OpenAsync();
            await Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE events (body_id text, seq integer, bytes blob, hash blob, kind text, at integer, PRIMARY KEY (body_id, seq)); CREATE TABLE ballots (body_id text, motion_id integer, member_key text, ballot text, seq integer, at integer, PRIMARY KEY (body_id, motion_id, member_key))");
            watch.Start();
            for (var i = 0; i < count; i++)
            {
                await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
                await Execute(connection, $"INSERT INTO events VALUES ('b', {i}, @p, @p, 'ballot.cast', {i}); INSERT INTO ballots VALUES ('b', 1, 'm{i}', '{{\"choice\":\"yes\"}}', {i}, {i})", payload, tx);
                await tx.CommitAsync();
            }
        }
        return count / watch.Elapsed.TotalSeconds;
    }

    private static async Task Execute(System.Data.Common.DbConnection connection, string sql, byte[]? payload = null, System.Data.Common.DbTransaction? tx = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        if (payload is not null)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@p";
            p.Value = payload;
            command.Parameters.Add(p);
        }
        await command.ExecuteNonQueryAsync();
    }

    internal static async Task<string> FreshDatabaseAsync(string server, string prefix)
    {
        if (string.IsNullOrEmpty(server))
            throw new InvalidOperationException("PostgreSQL needs --postgres CONN (or COUNCILS_BENCH_POSTGRES).");
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await Execute(connection, $"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 100 }.ToString();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
