using Councils.Node;
using Councils.Node.Requests;
using Councils.Node.Storage;
using Councils.Tests.Support;

namespace Councils.Tests.Cli;

/// <summary>
/// A data folder, also served by a running node, holding Petrograd and its three cells as
/// <see cref="Federated"/> sets them up (an open item on transport under mandates), and a cell in no
/// federation (outsider-works, Otto); Vyborg Side has an election open: the federation verbs' bad input is tried against it both ways.
/// </summary>
public sealed class FederationVerbsFixture : IAsyncLifetime
{
    public const string Outsider = "outsider-works";

    private readonly TempFolder _data = new();

    public RunningNode Server { get; private set; } = null!;

    /// <summary>The open agenda item on transport.</summary>
    public long Item { get; private set; }

    /// <summary>Vyborg Side's open election of its delegates, Boris or Bella.</summary>
    public long Election { get; private set; }

    /// <summary>The options that name the node: <c>data</c> for the folder, <c>node</c> for the running node.</summary>
    public string[] Target(string how) => how switch
    {
        "data" => ["--data", _data.Path],
        "node" => ["--node", Server.Url],
        _ => throw new ArgumentOutOfRangeException(nameof(how), how, null),
    };

    public async Task InitializeAsync()
    {
        var storage = new StorageOptions(StorageProvider.Sqlite, _data.Path);
        await using (var node = await LocalNode.OpenAsync(storage, TimeProvider.System, CancellationToken.None))
        {
            Item = await Federated.SetUpAsync(node, CancellationToken.None);
            Election = (await node.ElectDelegatesAsync(Federated.B, new ElectDelegates("boris", Federated.Federation, ["boris", "bella"]), CancellationToken.None)).Id;
            await node.CreateBodyAsync(new CreateBody("Outsider Works", "workplace-committee", Outsider, [new NewMember("Otto")]), CancellationToken.None);
        }
        Server = await RunningNode.StartAsync(storage);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        _data.Dispose();
    }
}
