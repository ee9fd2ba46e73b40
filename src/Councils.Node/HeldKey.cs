using Councils.Domain.Record;
using Councils.Node.Storage;

namespace Councils.Node;

/// <summary>A member's key the node holds, with the handle it is known by.</summary>
internal sealed class HeldKey(HeldKeyRow row)
{
    public HeldKeyRow Row { get; } = row;

    public string Handle => Row.Handle;

    public string Name => Row.Name;

    public PublicKey PublicKey { get; } = PublicKey.Parse(row.PublicKey);

    public Signer Signer => new Signer.Held(PublicKey, Row.Seed);
}
