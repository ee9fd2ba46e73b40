using Councils.Domain.Record;

namespace Councils.Node;

/// <summary>
/// Who signs an event the node places: the node itself, or a member whose key it holds. A member's
/// key is opened only for the moment of signing: each open key takes locked memory pages, and a
/// node may hold keys for a million members.
/// </summary>
internal abstract record Signer
{
    public abstract PublicKey PublicKey { get; }

    /// <summary>Runs <paramref name="sign"/> with the signing key open.</summary>
    public abstract T With<T>(Func<SigningKey, T> sign);

    /// <summary>The node's own key, open for the node's life.</summary>
    public sealed record Node(SigningKey Key) : Signer
    {
        public override PublicKey PublicKey => Key.PublicKey;

        public override T With<T>(Func<SigningKey, T> sign) => sign(Key);
    }

    /// <summary>A member's key the node holds, kept as its seed until it signs.</summary>
    public sealed record Held(PublicKey Key, byte[] Seed) : Signer
    {
        public override PublicKey PublicKey => Key;

        public override T With<T>(Func<SigningKey, T> sign)
        {
            using var key = SigningKey.FromSeed(Seed);
            return sign(key);
        }
    }
}
