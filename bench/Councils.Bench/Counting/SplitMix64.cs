namespace Councils.Bench.Counting;

/// <summary>SplitMix64: a seeded sequence that is the same on every machine and .NET version, unlike <see cref="Random"/>.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number from 0 to <paramref name="bound"/> less one (the slight modulo bias does not matter here).</summary>
    public int Next(int bound) => (int)(NextUInt64() % (ulong)bound);

    public long Next(long bound) => (long)(NextUInt64() % (ulong)bound);
}
