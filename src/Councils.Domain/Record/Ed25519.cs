using NSecPublicKey = NSec.Cryptography.PublicKey;
using NSecKeyBlobFormat = NSec.Cryptography.KeyBlobFormat;
using NSecSignatureAlgorithm = NSec.Cryptography.SignatureAlgorithm;

namespace Councils.Domain.Record;

/// <summary>Checks Ed25519 signatures (RFC 8032) as libsodium does.</summary>
public static class Ed25519
{
    /// <summary>The length of a signature in bytes.</summary>
    public const int SignatureLength = 64;

    /// <summary>Whether <paramref name="signature"/> is the key's signature over exactly <paramref name="data"/>.</summary>
    /// <remarks>
    /// Never throws for bad input: a signature of the wrong length, or a key that is not a point on
    /// the curve, is simply not valid. libsodium also refuses non-canonical signatures (S ≥ L) and
    /// small-order keys, so a valid signature cannot be altered into another valid one.
    /// Importing the key on each call costs about 15 ns against about 45 µs for the check itself,
    /// so keys are not cached.
    /// </remarks>
    public static bool Verify(PublicKey key, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) =>
        signature.Length == SignatureLength
        && NSecPublicKey.TryImport(NSecSignatureAlgorithm.Ed25519, key.Bytes, NSecKeyBlobFormat.RawPublicKey, out var imported)
        && NSecSignatureAlgorithm.Ed25519.Verify(imported!, data, signature);
}
