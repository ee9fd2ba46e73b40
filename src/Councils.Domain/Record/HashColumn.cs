namespace Councils.Domain.Record;

/// <summary>
/// A growing run of 32-byte hashes stored flat, in chunks below the large-object threshold, so a
/// million-leaf tree costs 32 bytes per hash instead of an array per hash, and growth never copies
/// more than one chunk.
/// </summary>
internal sealed class HashColumn
{
    private const int ChunkHashes = 2048;
    private const int ChunkBytes = ChunkHashes * Sha256Hash.Length;
    private const int FirstBytes = 8 * Sha256Hash.Length;

    private readonly List<byte[]> _chunks = [];

    public long Count { get; private set; }

    public ReadOnlySpan<byte> this[long index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _chunks[(int)(index / ChunkHashes)].AsSpan((int)(index % ChunkHashes) * Sha256Hash.Length, Sha256Hash.Length);
        }
    }

    public void Add(ReadOnlySpan<byte> hash)
    {
        var offset = (int)(Count % ChunkHashes) * Sha256Hash.Length;
        if (offset == 0)
        {
            // Small trees (one per body) stay small: only the first chunk starts short and doubles.
            _chunks.Add(new byte[Count == 0 ? FirstBytes : ChunkBytes]);
        }
        else if (offset == _chunks[^1].Length)
        {
            var bigger = new byte[Math.Min(2 * offset, ChunkBytes)];
            _chunks[^1].CopyTo(bigger, 0);
            _chunks[^1] = bigger;
        }
        hash.CopyTo(_chunks[^1].AsSpan(offset));
        Count++;
    }
}
