using System.Numerics;

namespace Councils.Domain.Record;

/// <summary>
/// A log's Merkle tree as RFC 9162 §2.1 defines it, grown one leaf at a time, serving roots,
/// inclusion proofs and consistency proofs for its current size and any earlier one.
/// </summary>
/// <remarks>
/// Every complete subtree's root is kept (about two hashes per leaf), so appending costs O(1)
/// hashes on average and any root or proof costs O(log n) hashes, not a pass over the leaves.
/// Reads may run concurrently with each other but not with <see cref="Append"/>.
/// </remarks>
public sealed partial class MerkleTree
{
    // _levels[k][j] is the root of the complete subtree over leaves j·2^k to (j+1)·2^k − 1.
    private readonly List<HashColumn> _levels = [new()];

    /// <summary>The number of leaves.</summary>
    public long Size => _levels[0].Count;

    /// <summary>Adds a leaf, given its leaf hash (see <see cref="LeafHash"/>).</summary>
    /// <exception cref="InvalidOperationException">The hash is the empty <c>default</c>.</exception>
    public void Append(Sha256Hash leafHash)
    {
        _levels[0].Add(leafHash.Bytes);
        // Each time a level's count turns even, its last two nodes complete a subtree one level up.
        Span<byte> node = stackalloc byte[Sha256Hash.Length];
        for (var level = 0; _levels[level].Count % 2 == 0; level++)
        {
            var column = _levels[level];
            HashChildren(column[column.Count - 2], column[column.Count - 1], node);
            if (level + 1 == _levels.Count)
                _levels.Add(new HashColumn());
            _levels[level + 1].Add(node);
        }
    }

    /// <summary>The leaf hash at <paramref name="index"/>, as appended.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not in the tree.</exception>
    public Sha256Hash LeafHashAt(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Size);
        return Sha256Hash.FromBytes(Stored(index, 1));
    }

    /// <summary>The root of the tree as it is now: MTH(D[n]).</summary>
    public Sha256Hash Root() => Root(Size);

    /// <summary>The root the tree had when it held its first <paramref name="size"/> leaves.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The size is negative or beyond <see cref="Size"/>.</exception>
    public Sha256Hash Root(long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, Size);
        return size == 0 ? EmptyRoot : Subtree(0, size);
    }

    /// <summary>RFC 9162's PATH(index, D[size]): the proof that leaf <paramref name="index"/> is in the tree of that size.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 0 ≤ index &lt; size ≤ <see cref="Size"/>.</exception>
    public IReadOnlyList<Sha256Hash> InclusionProof(long index, long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, Size);
        // The RFC recurses from the root down and lists siblings from the leaf up.
        var proof = new List<Sha256Hash>();
        long start = 0, n = size, m = index;
        while (n > 1)
        {
            var k = LargestPowerOfTwoBelow(n);
            if (m < k)
            {
                proof.Add(Subtree(start + k, n - k));
                n = k;
            }
            else
            {
                proof.Add(Subtree(start, k));
                (start, m, n) = (start + k, m - k, n - k);
            }
        }
        proof.Reverse();
        return proof;
    }

    /// <summary>RFC 9162's PROOF(oldSize, D[newSize]): the proof that the tree of the old size is a prefix of the new.</summary>
    /// <remarks>Empty when <paramref name="oldSize"/> is 0 or equals <paramref name="newSize"/>: there is nothing to prove.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Not 0 ≤ oldSize ≤ newSize ≤ <see cref="Size"/>.</exception>
    public IReadOnlyList<Sha256Hash> ConsistencyProof(long oldSize, long newSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(oldSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, newSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(newSize, Size);
        var proof = new List<Sha256Hash>();
        if (oldSize == 0 || oldSize == newSize)
            return proof;
        // SUBPROOF(m, D[n], b), unrolled: b stays true while the old tree is a left edge of the new.
        long start = 0, m = oldSize, n = newSize;
        var wholeOldTree = true;
        while (m != n)
        {
            var k = LargestPowerOfTwoBelow(n);
            if (m <= k)
            {
                proof.Add(Subtree(start + k, n - k));
                n = k;
            }
            else
            {
                proof.Add(Subtree(start, k));
                (start, m, n) = (start + k, m - k, n - k);
                wholeOldTree = false;
            }
        }
        if (!wholeOldTree)
            proof.Add(Subtree(start, m));
        proof.Reverse();
        return proof;
    }

    /// <summary>MTH(D[start:start+n]) for the subtrees RFC 9162's recursion visits.</summary>
    /// <remarks>
    /// In those subtrees start is a multiple of the largest power of two below n, so the left part is
    /// always a complete subtree already stored, and only the right edge needs hashing.
    /// </remarks>
    private Sha256Hash Subtree(long start, long n)
    {
        var hash = new byte[Sha256Hash.Length];
        SubtreeInto(start, n, hash);
        return Sha256Hash.FromOwnedArray(hash);
    }

    private void SubtreeInto(long start, long n, Span<byte> destination)
    {
        if (BitOperations.IsPow2(n))
        {
            Stored(start, n).CopyTo(destination);
            return;
        }
        var k = LargestPowerOfTwoBelow(n);
        Span<byte> right = stackalloc byte[Sha256Hash.Length];
        SubtreeInto(start + k, n - k, right);
        HashChildren(Stored(start, k), right, destination);
    }

    private ReadOnlySpan<byte> Stored(long start, long width)
    {
        var level = BitOperations.Log2((ulong)width);
        return _levels[level][start >> level];
    }

    /// <summary>The k of RFC 9162: the largest power of two smaller than n, for n ≥ 2.</summary>
    private static long LargestPowerOfTwoBelow(long n) => 1L << BitOperations.Log2((ulong)(n - 1));
}
