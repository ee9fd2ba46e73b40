using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;

namespace Councils.Domain.Record;

/// <summary>
/// An Ed25519 public key: the identity of an author in the record. Written as unpadded base64url
/// (43 characters), which is how events name authors and members.
/// </summary>
/// <remarks>
/// Only the canonical spelling is read (no padding, no whitespace, zero unused bits), so one key
/// has exactly one name. The <c>default</c> value holds no key: reading its <see cref="Bytes"/> throws.
/// </remarks>
public readonly record struct PublicKey
{
    /// <summary>The length of a raw Ed25519 public key in bytes.</summary>
    public const int Length = 32;

    /// <summary>The length of a key written as unpadded base64url.</summary>
    public const int TextLength = 43;

    private readonly byte[]? _bytes;

    private PublicKey(byte[] bytes) => _bytes = bytes;

    /// <summary>The raw 32 bytes of the key.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes ?? throw new InvalidOperationException("The public key is empty.");

    /// <summary>Makes a key from its raw 32 bytes.</summary>
    /// <exception cref="ArgumentException">The span is not 32 bytes long.</exception>
    public static PublicKey FromBytes(ReadOnlySpan<byte> bytes) =>
        bytes.Length == Length
            ? new PublicKey(bytes.ToArray())
            : throw new ArgumentException($"An Ed25519 public key is {Length} bytes, not {bytes.Length}.", nameof(bytes));

    /// <summary>Reads a key written as unpadded base64url; false when the text is not exactly that.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PublicKey? key)
    {
        key = null;
        if (text is null || text.Length != TextLength)
            return false;
        var bytes = new byte[Length];
        if (!CanonicalBase64Url.TryDecode(text, bytes))
            return false;
        key = new PublicKey(bytes);
        return true;
    }

    /// <summary>Reads a key written as unpadded base64url.</summary>
    /// <exception cref="FormatException">The text is not a canonical base64url Ed25519 key.</exception>
    public static PublicKey Parse(string text) =>
        TryParse(text, out var key) ? key.Value : throw new FormatException($"'{text}' is not an Ed25519 public key in unpadded base64url.");

    /// <inheritdoc />
    public bool Equals(PublicKey other) => _bytes.AsSpan().SequenceEqual(other._bytes);

    /// <inheritdoc />
    public override int GetHashCode() => _bytes is null ? 0 : BitConverter.ToInt32(_bytes, 0);

    /// <summary>The key as unpadded base64url.</summary>
    public override string ToString() => _bytes is null ? "" : Base64Url.EncodeToString(_bytes);
}
