using Councils.Node.Storage;
using Councils.Tests.Support;

namespace Councils.Tests.Cli;

/// <summary>
/// A data folder, also served by a running node, in which bad input can be tried both ways: a body
/// where ana has voted on motion 1, motion 3 decided, and zed, who belongs to another body.
/// </summary>
public sealed class CommandLineFixture : IAsyncLifetime
{
    public const string Body = "bad-input-works";

    private readonly TempFolder _data = new();

    public RunningNode Server { get; private set; } = null!;

    /// <summary>The options that name the node: <c>data</c> for the folder, <c>node</c> for the running node.</summary>
    public string[] Target(string how) => how switch
    {
        "data" => ["--data", _data.Path],
        "node" => ["--node", Server.Url],
        _ => throw new ArgumentOutOfRangeException(nameof(how), how, null),
    };

    public async Task InitializeAsync()
    {
        string[] data = ["--data", _data.Path];
        await Command.OkAsync(["body", "create", "--name", "Bad Input Works", "--id", Body, "--kind", "workplace-committee", "--founder", "Ana,Boris,Vera", .. data]);
        await Command.OkAsync(["body", "create", "--name", "Elsewhere", "--kind", "land-commune", "--founder", "Zed", .. data]);
        await Command.OkAsync(["motion", "open", "--body", Body, "--by", "ana", "--title", "Paint the workshop", .. data]);
        await Command.OkAsync(["vote", "--body", Body, "--motion", "1", "--by", "ana", "--choice", "yes", .. data]);
        await Command.OkAsync(["motion", "open", "--body", Body, "--by", "ana", "--title", "Mend the roof", .. data]);
        await Command.OkAsync(["vote", "--body", Body, "--motion", "3", "--by", "ana", "--choice", "yes", .. data]);
        await Command.OkAsync(["vote", "--body", Body, "--motion", "3", "--by", "boris", "--choice", "yes", .. data]);
        await Command.OkAsync(["motion", "close", "--body", Body, "--motion", "3", "--by", "ana", .. data]);
        Server = await RunningNode.StartAsync(new StorageOptions(StorageProvider.Sqlite, _data.Path));
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        _data.Dispose();
    }
}
