using System.Text.Json;
using Councils.Node;
using Councils.Node.Storage;

namespace Councils.Cli;

/// <summary>
/// What a verb works with: its arguments, its output, and the node it acts on — a running node
/// when <c>--node URL</c> (or COUNCILS_NODE) is given, otherwise the local data folder
/// (<c>--data DIR</c>, COUNCILS_DATA, default ./councils-data) or a PostgreSQL database (<c>--postgres</c>).
/// </summary>
internal sealed class CliContext(Args args, TextWriter output, TextWriter error, CancellationToken ct) : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly List<IAsyncDisposable> _owned = [];


    public Args Args { get; } = WithCommonOptions(args);

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public CancellationToken Cancellation { get; } = ct;

    public bool WantsJson => Args.Flag("json");

    private static Args WithCommonOptions(Args args)
    {
        args.MarkRead("node", "data", "postgres", "json");
        return args;
    }

    public async Task<INode> OpenNodeAsync()
    {
        var url = Args.Optional("node") ?? Environment.GetEnvironmentVariable("COUNCILS_NODE");
        if (!string.IsNullOrEmpty(url))
        {
            var remote = new RemoteNode(new Uri(url));
            _owned.Add(remote);
            return remote;
        }
        return await OpenLocalAsync();
    }

    public async Task<LocalNode> OpenLocalAsync()
    {
        var local = await LocalNode.OpenAsync(StorageOptions(), TimeProvider.System, Cancellation);
        _owned.Add(local);
        return local;
    }

    public StorageOptions StorageOptions()
    {
        var postgres = Args.Optional("postgres") ?? Environment.GetEnvironmentVariable("COUNCILS_POSTGRES");
        var data = Args.Optional("data") ?? Environment.GetEnvironmentVariable("COUNCILS_DATA") ?? "councils-data";
        return string.IsNullOrEmpty(postgres)
            ? new StorageOptions(StorageProvider.Sqlite, Path.GetFullPath(data), null)
            : new StorageOptions(StorageProvider.Postgres, Path.GetFullPath(data), postgres);
    }

    /// <summary>Prints a result: as JSON with <c>--json</c>, otherwise as the given lines.</summary>
    public async Task<int> PrintAsync<T>(T view, Func<T, string> text)
    {
        await Out.WriteLineAsync(WantsJson ? JsonSerializer.Serialize(view, Json) : text(view));
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
            await owned.DisposeAsync();
    }
}
