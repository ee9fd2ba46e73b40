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

    // seed ‖ public key, as libsodium signs with it; zeroed on Dispose.
    private readonly byte[] _secret = new byte[Sodium.SecretKeyLength];
    private bool _disposed;

    private SigningKey(ReadOnlySpan<byte> seed)
    {
        Span<byte> publicKey = stackalloc byte[PublicKey.Length];
        Sodium.SeedKeyPair(seed, publicKey, _secret);
        PublicKey = PublicKey.FromBytes(publicKey);
    }

    /// <summary>The public half, which names the signer in the record.</summary>
    public PublicKey PublicKey { get; }

    /// <summary>Makes a new key from the operating system's secure random source.</summary>
    /// <remarks>
    /// Unlike the rest of the domain, this randomness is not passed in: a key must be unpredictable,
    /// never reproducible from a seed someone chose. Use <see cref="FromSeed"/> for fixed test keys.
    /// </remarks>
    public static SigningKey Generate()
    {
        Span<byte> seed = stackalloc byte[SeedLength];
        System.Security.Cryptography.RandomNumberGenerator.Fill(seed);
        try
        {
            return new SigningKey(seed);
        }
        finally
        {
            seed.Clear();
        }
    }

    /// <summary>Restores a key from its 32-byte seed (the raw private key).</summary>
    /// <exception cref="ArgumentException">The seed is not 32 bytes long.</exception>
    public static SigningKey FromSeed(ReadOnlySpan<byte> seed32)
    {
        if (seed32.Length != SeedLength)
            throw new ArgumentException($"An Ed25519 seed is {SeedLength} bytes, not {seed32.Length}.", nameof(seed32));
        return new SigningKey(seed32);
    }

    /// <summary>The 32-byte seed, from which <see cref="FromSeed"/> restores the same key.</summary>
    public byte[] ExportSeed()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _secret[..SeedLength];
    }

    /// <summary>Signs the bytes; the signature is 64 bytes.</summary>
    /// <exception cref="ObjectDisposedException">The key has been disposed.</exception>
    public byte[] Sign(ReadOnlySpan<byte> data)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Sodium.Sign(data, _secret);
    }


    /// <summary>Erases the private key from memory.</summary>
    public void Dispose()
    {
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(_secret);
        _disposed = true;
    }
}
