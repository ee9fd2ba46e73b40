namespace Councils.Domain.Counting;

/// <summary>
/// A drawing of lots made in advance: a random order of the candidates fixed by a seed (the motion
/// fixes the seed when it opens). When the rules say "by lot", the candidate earliest in this order
/// is chosen. Anyone can draw the same order again from the seed.
/// </summary>
/// <remarks>
/// The order comes from SplitMix64 and a Fisher-Yates shuffle, written out here rather than taken
/// from <see cref="Random"/>, whose sequence for a seed is not promised to stay the same across
/// .NET versions.
/// </remarks>
public sealed class LotOrder
{
    private readonly int[] _position;

    /// <summary>Draws the order of <paramref name="count"/> candidates from <paramref name="seed"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public LotOrder(ulong seed, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Seed = seed;
        var order = new int[count];
        for (var i = 0; i < count; i++)
            order[i] = i;
        var state = seed;
        for (var i = count - 1; i > 0; i--)
        {
            var j = (int)(Next(ref state) % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
        Order = order;
        _position = new int[count];
        for (var i = 0; i < count; i++)
            _position[order[i]] = i;
    }

    /// <summary>The seed the order was drawn from.</summary>
    public ulong Seed { get; }

    /// <summary>Candidate numbers, the first being the one chosen first by lot.</summary>
    public IReadOnlyList<int> Order { get; }

    /// <summary>Where the candidate stands in the order: smaller is chosen first.</summary>
    public int PositionOf(int candidate) => _position[candidate];

    /// <summary>Of the given candidates, the one the lot chooses.</summary>
    /// <exception cref="ArgumentException">No candidate is given.</exception>
    public int Choose(IEnumerable<int> candidates)
    {
        var best = -1;
        foreach (var c in candidates)
        {
            if (best < 0 || _position[c] < _position[best])
                best = c;
        }
        return best >= 0 ? best : throw new ArgumentException("There is no candidate to choose from.", nameof(candidates));
    }

    private static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
