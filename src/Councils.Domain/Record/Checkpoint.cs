using System.Text;
using System.Text.Json.Nodes;

namespace Councils.Domain.Record;

/// <summary>
/// A node's signed statement that a body's log had a given size and Merkle root, as
/// docs/record.md defines it.
/// </summary>
/// <remarks>
/// Like an <see cref="Entry"/>, a checkpoint is its bytes, kept as received; whether the signature
/// holds is asked separately with <see cref="HasValidSignature"/>.
/// </remarks>
public sealed class Checkpoint
{
    private static readonly string[] CheckpointMembers = ["at", "body", "root", "signer", "size"];

    private readonly byte[] _signature;

    private Checkpoint(ReadOnlyMemory<byte> bytes, SignedEnvelope envelope)
    {
        const string path = "checkpoint";
        var content = envelope.Content;
        RecordFields.RequireExactly(content, path, CheckpointMembers);
        At = RecordFields.Integer(content, path, "at");
        Body = RecordFields.BodyId(content, path, "body");
        Root = RecordFields.Hash(content, path, "root");
        Signer = RecordFields.Key(content, path, "signer");
        Size = RecordFields.NonNegativeInteger(content, path, "size");
        Bytes = bytes;
        CheckpointBytes = bytes[envelope.Signed];
        _signature = envelope.Signature;
    }

    /// <summary>The whole checkpoint, exactly as received.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The bytes of the <c>checkpoint</c> value: the span the signature covers, as received.</summary>
    public ReadOnlyMemory<byte> CheckpointBytes { get; }

    /// <summary>The id of the body whose log this is.</summary>
    public string Body { get; }

    /// <summary>How many entries the log held.</summary>
    public long Size { get; }

    /// <summary>The Merkle root of the log at that size (RFC 9162).</summary>
    public Sha256Hash Root { get; }

    /// <summary>When the checkpoint was written, in milliseconds since the Unix epoch (UTC).</summary>
    public long At { get; }

    /// <summary>The key of the node that signed the checkpoint.</summary>
    public PublicKey Signer { get; }

    /// <summary>The 64-byte Ed25519 signature of <see cref="Signer"/> over <see cref="CheckpointBytes"/>.</summary>
    public ReadOnlyMemory<byte> Signature => _signature;

    /// <summary>Reads a checkpoint, which must be canonical JSON of exactly the shape docs/record.md sets.</summary>
    /// <param name="bytes">The checkpoint's bytes; they are kept, not copied, so the caller must not change them afterwards.</param>
    /// <exception cref="RecordFormatException">The bytes are not a checkpoint; <see cref="RecordFormatException.Field"/> names the member at fault.</exception>
    public static Checkpoint Parse(ReadOnlyMemory<byte> bytes) => new(bytes, SignedEnvelope.Parse(bytes.Span, "checkpoint"));

    /// <summary>Whether the signer's signature over the checkpoint bytes holds.</summary>
    public bool HasValidSignature() => Ed25519.Verify(Signer, CheckpointBytes.Span, _signature);

    /// <summary>Writes, signs and reads back a new checkpoint.</summary>
    /// <exception cref="ArgumentException">A malformed body id, a negative size, a number beyond ±(2^53 − 1), or an empty root.</exception>
    public static Checkpoint Create(string body, long size, Sha256Hash root, long at, SigningKey signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        if (!RecordFields.IsBodyId(body))
            throw new ArgumentException($"'{body}' is not a body id.", nameof(body));
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, CanonicalJson.MaxInteger);
        if (at is > CanonicalJson.MaxInteger or < -CanonicalJson.MaxInteger)
            throw new ArgumentOutOfRangeException(nameof(at), at, "Integers in the record lie within ±(2^53 − 1).");
        if (root.IsEmpty)
            throw new ArgumentException("The root is the empty default value.", nameof(root));

        var content = CanonicalJson.Serialize(new JsonObject
        {
            ["at"] = at,
            ["body"] = body,
            ["root"] = root.ToString(),
            ["signer"] = signer.PublicKey.ToString(),
            ["size"] = size,
        });
        return Parse(SignedEnvelope.Assemble("checkpoint", content, signer.Sign(content)));
    }

    /// <summary>The checkpoint's bytes as text.</summary>
    public override string ToString() => Encoding.UTF8.GetString(Bytes.Span);
}
