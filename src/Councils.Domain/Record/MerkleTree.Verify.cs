using System.Buffers;
using System.Numerics;
using System.Security.Cryptography;

namespace Councils.Domain.Record;

// Hashing and proof checking, which need no tree: a verifier holds only roots and proofs.
public sealed partial class MerkleTree
{
    private const int StackLimit = 1024;

    /// <summary>The root of the empty tree: SHA-256 of no bytes.</summary>
    public static Sha256Hash EmptyRoot { get; } = Sha256Hash.Of([]);

    /// <summary>A leaf's hash, SHA-256(0x00 ‖ data).</summary>
    public static Sha256Hash LeafHash(ReadOnlySpan<byte> data)
    {
        // The prefix keeps a leaf from being passed off as an interior node (RFC 9162 §2.1.1).
        var length = data.Length + 1;
        byte[]? rented = null;
        var buffer = length <= StackLimit ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
        buffer[0] = 0x00;
        data.CopyTo(buffer[1..]);
        var hash = SHA256.HashData(buffer);
        if (rented is not null)
            ArrayPool<byte>.Shared.Return(rented);
        return Sha256Hash.FromOwnedArray(hash);
    }

    /// <summary>
    /// Checks an inclusion proof as RFC 9162 §2.1.3.2 sets out: that the leaf is at
    /// <paramref name="index"/> in the tree of <paramref name="size"/> leaves whose root is <paramref name="root"/>.
    /// </summary>
    /// <remarks>False, never an exception, for any proof that does not hold, including an index not below the size.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The index or size is negative.</exception>
    public static bool VerifyInclusion(Sha256Hash leafHash, long index, long size, IReadOnlyList<Sha256Hash> proof, Sha256Hash root)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentNullException.ThrowIfNull(proof);
        if (index >= size)
            return false;
        long fn = index, sn = size - 1;
        Span<byte> r = stackalloc byte[Sha256Hash.Length];
        leafHash.Bytes.CopyTo(r);
        for (var i = 0; i < proof.Count; i++)
        {
            var p = proof[i].Bytes;
            if (sn == 0)
                return false;
            if ((fn & 1) == 1 || fn == sn)
            {
                HashChildren(p, r, r);
                while ((fn & 1) == 0 && fn != 0)
                    (fn, sn) = (fn >> 1, sn >> 1);
            }
            else
                HashChildren(r, p, r);
            (fn, sn) = (fn >> 1, sn >> 1);
        }
        return sn == 0 && r.SequenceEqual(root.Bytes);
    }

    /// <summary>
    /// Checks a consistency proof as RFC 9162 §2.1.4.2 sets out: that the tree of
    /// <paramref name="oldSize"/> leaves with <paramref name="oldRoot"/> is a prefix of the tree of
    /// <paramref name="newSize"/> leaves with <paramref name="newRoot"/>.
    /// </summary>
    /// <remarks>
    /// The RFC covers 0 &lt; oldSize &lt; newSize. Outside it there is nothing to prove, and the proof
    /// must be empty: equal sizes need equal roots, and the empty tree (whose root is
    /// <see cref="EmptyRoot"/>) is a prefix of every tree. A larger old size is never consistent.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A size is negative.</exception>
    public static bool VerifyConsistency(long oldSize, long newSize, Sha256Hash oldRoot, Sha256Hash newRoot, IReadOnlyList<Sha256Hash> proof)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(oldSize);
        ArgumentOutOfRangeException.ThrowIfNegative(newSize);
        ArgumentNullException.ThrowIfNull(proof);
        if (oldSize > newSize)
            return false;
        if (oldSize == newSize)
            return proof.Count == 0 && oldRoot == newRoot;
        if (oldSize == 0)
            return proof.Count == 0 && oldRoot == EmptyRoot;

        // Step 1.
        if (proof.Count == 0)
            return false;
        // Step 2: a power-of-two old tree is a complete subtree of the new, so the proof leaves out
        // its root and the verifier supplies it.
        var prepended = BitOperations.IsPow2(oldSize) ? 1 : 0;
        var count = proof.Count + prepended;
        ReadOnlySpan<byte> At(int i) => prepended == 1 && i == 0 ? oldRoot.Bytes : proof[i - prepended].Bytes;
        // Steps 3 and 4.
        long fn = oldSize - 1, sn = newSize - 1;
        while ((fn & 1) == 1)
            (fn, sn) = (fn >> 1, sn >> 1);
        // Step 5.
        Span<byte> fr = stackalloc byte[Sha256Hash.Length];
        Span<byte> sr = stackalloc byte[Sha256Hash.Length];
        At(0).CopyTo(fr);
        At(0).CopyTo(sr);
        // Step 6.
        for (var i = 1; i < count; i++)
        {
            var c = At(i);
            if (sn == 0)
                return false;
            if ((fn & 1) == 1 || fn == sn)
            {
                HashChildren(c, fr, fr);
                HashChildren(c, sr, sr);
                while ((fn & 1) == 0 && fn != 0)
                    (fn, sn) = (fn >> 1, sn >> 1);
            }
            else
                HashChildren(sr, c, sr);
            (fn, sn) = (fn >> 1, sn >> 1);
        }
        // Step 7.
        return sn == 0 && fr.SequenceEqual(oldRoot.Bytes) && sr.SequenceEqual(newRoot.Bytes);
    }

    /// <summary>An interior node, SHA-256(0x01 ‖ left ‖ right); the destination may overlap either child.</summary>
    private static void HashChildren(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        Span<byte> buffer = stackalloc byte[1 + 2 * Sha256Hash.Length];
        buffer[0] = 0x01;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + Sha256Hash.Length)..]);
        SHA256.HashData(buffer, destination);
    }
}
