using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Node.Requests;
using Councils.Tests.Support;

namespace Councils.Tests.Api;

/// <summary>
/// Petrograd and its three cells as <see cref="Federated"/> sets them up, with an open item on
/// transport under mandates; beside them a cell in no federation (outsider-works, Otto) and one whose
/// charter caps posts at one, of which Ana, already Putilov Works' delegate, is a member (cap-works).
/// </summary>
public sealed class FederationProblemsFixture : IAsyncLifetime
{
    public const string Outsider = "outsider-works";
    public const string Capped = "cap-works";

    private RunningNode _server = null!;

    public HttpClient Http => _server.Http;

    /// <summary>The open agenda item on transport.</summary>
    public long Item { get; private set; }

    /// <summary>A motion of Putilov Works, which is no agenda item.</summary>
    public long CellMotion { get; private set; }

    public async Task InitializeAsync()
    {
        _server = await RunningNode.StartSqliteAsync();
        var node = _server.Node;
        var ct = CancellationToken.None;
        Item = await Federated.SetUpAsync(node, ct);
        CellMotion = (await node.GetBodyAsync(Federated.A, ct)).Motions[^1].Id;
        await node.CreateBodyAsync(new CreateBody("Outsider Works", "workplace-committee", Outsider, [new NewMember("Otto")]), ct);
        var capped = Charter.For(BodyKind.WorkplaceCommittee) with { Delegation = new Delegation(1, 365L * 24 * 60 * 60, 2, 1, 1) };
        await node.CreateBodyAsync(new CreateBody("Cap Works", "workplace-committee", Capped, [new NewMember("Ana", "ana"), new NewMember("Pavel")], capped.ToJson()), ct);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();
}
