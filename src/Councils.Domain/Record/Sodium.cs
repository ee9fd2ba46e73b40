using System.Runtime.InteropServices;

namespace Councils.Domain.Record;

/// <summary>
/// The few libsodium calls <see cref="SigningKey"/> makes directly. NSec (which ships libsodium)
/// puts every key it holds in guarded, locked pages: right for a handful of keys, but a node that
/// holds keys for many members would run out of memory mappings. These calls take keys in
/// ordinary arrays, which <see cref="SigningKey"/> zeroes when disposed.
/// </summary>
internal static partial class Sodium
{
    public const int SecretKeyLength = 64;

    static Sodium()
    {
        // NSec initialises libsodium too; sodium_init is safe to call again (it returns 1 then).
        _ = NSec.Cryptography.SignatureAlgorithm.Ed25519;
        if (sodium_init() < 0)
            throw new InvalidOperationException("libsodium could not be initialised.");
    }

    /// <summary>Derives the key pair of a 32-byte seed: the 64-byte secret key (seed ‖ public key) and the public key.</summary>
    public static void SeedKeyPair(ReadOnlySpan<byte> seed, Span<byte> publicKey, Span<byte> secretKey)
    {
        if (crypto_sign_ed25519_seed_keypair(publicKey, secretKey, seed) != 0)
            throw new InvalidOperationException("libsodium could not derive an Ed25519 key pair.");
    }

    /// <summary>Signs <paramref name="message"/> with a 64-byte secret key.</summary>
    public static byte[] Sign(ReadOnlySpan<byte> message, ReadOnlySpan<byte> secretKey)
    {
        var signature = new byte[Ed25519.SignatureLength];
        if (crypto_sign_ed25519_detached(signature, out _, message, (ulong)message.Length, secretKey) != 0)
            throw new InvalidOperationException("libsodium could not sign.");
        return signature;
    }

    [LibraryImport("libsodium")]
    private static partial int sodium_init();

    [LibraryImport("libsodium")]
    private static partial int crypto_sign_ed25519_seed_keypair(Span<byte> pk, Span<byte> sk, ReadOnlySpan<byte> seed);

    [LibraryImport("libsodium")]
    private static partial int crypto_sign_ed25519_detached(Span<byte> sig, out ulong siglen, ReadOnlySpan<byte> m, ulong mlen, ReadOnlySpan<byte> sk);
}
