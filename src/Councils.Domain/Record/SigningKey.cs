using NSec.Cryptography;

namespace Councils.Domain.Record;

/// <summary>An Ed25519 private key that signs events and checkpoints.</summary>
/// <remarks>
/// The key lives in libsodium's protected memory (through NSec) until disposed. Its seed can be
/// exported because a node must be able to store the key it signs with.
/// </remarks>
public sealed class SigningKey : IDisposable
{
    /// <summary>The length of a raw Ed25519 private key (its seed) in bytes.</summary>
    public const int SeedLength = 32;

    private readonly Key _key;

    private SigningKey(Key key)
    {
        _key = key;
        PublicKey = PublicKey.FromBytes(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <summary>The public half, which names the signer in the record.</summary>
    public PublicKey PublicKey { get; }

    /// <summary>Makes a new key from the operating system's secure random source.</summary>
    /// <remarks>
    /// Unlike the rest of the domain, this randomness is not passed in: a key must be unpredictable,
    /// never reproducible from a seed someone chose. Use <see cref="FromSeed"/> for fixed test keys.
    /// </remarks>
    public static SigningKey Generate() => new(Key.Create(SignatureAlgorithm.Ed25519, Exportable()));

    /// <summary>Restores a key from its 32-byte seed (the raw private key).</summary>
    /// <exception cref="ArgumentException">The seed is not 32 bytes long.</exception>
    public static SigningKey FromSeed(ReadOnlySpan<byte> seed32)
    {
        if (seed32.Length != SeedLength)
            throw new ArgumentException($"An Ed25519 seed is {SeedLength} bytes, not {seed32.Length}.", nameof(seed32));
        return new(Key.Import(SignatureAlgorithm.Ed25519, seed32, KeyBlobFormat.RawPrivateKey, Exportable()));
    }

    /// <summary>The 32-byte seed, from which <see cref="FromSeed"/> restores the same key.</summary>
    public byte[] ExportSeed() => _key.Export(KeyBlobFormat.RawPrivateKey);

    /// <summary>Signs the bytes; the signature is 64 bytes.</summary>
    /// <exception cref="ObjectDisposedException">The key has been disposed.</exception>
    public byte[] Sign(ReadOnlySpan<byte> data) => SignatureAlgorithm.Ed25519.Sign(_key, data);

    private static KeyCreationParameters Exportable() => new() { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };

    /// <summary>Erases the private key from memory.</summary>
    public void Dispose() => _key.Dispose();
}
