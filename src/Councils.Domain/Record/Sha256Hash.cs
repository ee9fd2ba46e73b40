using System.Buffers;
using System.Security.Cryptography;

namespace Councils.Domain.Record;

/// <summary>A SHA-256 digest, written as 64 lowercase hexadecimal digits.</summary>
/// <remarks>
/// The <c>default</c> value holds no digest: reading its <see cref="Bytes"/> throws, it equals only
/// another <c>default</c>, and it prints as the empty string.
/// </remarks>
public readonly record struct Sha256Hash
{
    /// <summary>The length of a digest in bytes.</summary>
    public const int Length = 32;

    private static readonly SearchValues<char> LowercaseHex = SearchValues.Create("0123456789abcdef");

    private readonly byte[]? _bytes;

    private Sha256Hash(byte[] bytes) => _bytes = bytes;

    /// <summary>The raw 32 bytes of the digest.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes ?? throw new InvalidOperationException("The hash is empty.");

    /// <summary>True for the <c>default</c> value, which holds no digest.</summary>
    internal bool IsEmpty => _bytes is null;

    /// <summary>Hashes the given bytes.</summary>
    public static Sha256Hash Of(ReadOnlySpan<byte> data) => new(SHA256.HashData(data));

    /// <summary>Makes a digest from its raw 32 bytes.</summary>
    /// <exception cref="ArgumentException">The span is not 32 bytes long.</exception>
    public static Sha256Hash FromBytes(ReadOnlySpan<byte> bytes) =>
        bytes.Length == Length
            ? new Sha256Hash(bytes.ToArray())
            : throw new ArgumentException($"A SHA-256 digest is {Length} bytes, not {bytes.Length}.", nameof(bytes));

    /// <summary>Takes ownership of a 32-byte array the caller will not touch again, saving a copy.</summary>
    internal static Sha256Hash FromOwnedArray(byte[] bytes)
    {
        System.Diagnostics.Debug.Assert(bytes.Length == Length);
        return new Sha256Hash(bytes);
    }

    /// <summary>Reads 64 lowercase hexadecimal digits; false for anything else.</summary>
    public static bool TryParse(string? text, out Sha256Hash hash) => TryParse(text.AsSpan(), out hash);

    /// <summary>Reads 64 lowercase hexadecimal digits; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Sha256Hash hash)
    {
        hash = default;
        // Uppercase is refused so that one digest has one spelling.
        if (text.Length != 2 * Length || text.ContainsAnyExcept(LowercaseHex))
            return false;
        hash = new Sha256Hash(Convert.FromHexString(text));
        return true;
    }

    /// <summary>Reads 64 lowercase hexadecimal digits.</summary>
    /// <exception cref="FormatException">The text is not a lowercase hex SHA-256 digest.</exception>
    public static Sha256Hash Parse(string text) =>
        TryParse(text, out var hash) ? hash : throw new FormatException($"'{text}' is not a SHA-256 digest in lowercase hex.");

    /// <inheritdoc />
    public bool Equals(Sha256Hash other) => _bytes.AsSpan().SequenceEqual(other._bytes);

    /// <inheritdoc />
    public override int GetHashCode() => _bytes is null ? 0 : BitConverter.ToInt32(_bytes, 0);

    /// <summary>The digest as lowercase hex.</summary>
    public override string ToString() => _bytes is null ? "" : Convert.ToHexStringLower(_bytes);
}
