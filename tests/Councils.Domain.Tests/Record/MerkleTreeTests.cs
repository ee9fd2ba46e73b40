using System.Security.Cryptography;
using Councils.Domain.Record;

namespace Councils.Domain.Tests.Record;

public sealed class MerkleTreeTests
{
    private const int ProofSizes = 40;

    // The Certificate Transparency reference inputs (RFC 6962 implementations) and the roots of
    // trees over their first 1 to 8 inputs.
    private static readonly string[] ReferenceInputs =
        ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"];

    private static readonly string[] ReferenceRoots =
    [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    [Fact]
    public void Root_EmptyTree_IsSha256OfNothing()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", new MerkleTree().Root().ToString());
        Assert.Equal(MerkleTree.EmptyRoot, new MerkleTree().Root(0));
    }

    [Fact]
    public void Root_ReferenceInputs_AreTheReferenceRoots()
    {
        var tree = new MerkleTree();
        for (var n = 0; n < ReferenceInputs.Length; n++)
        {
            tree.Append(MerkleTree.LeafHash(Convert.FromHexString(ReferenceInputs[n])));
            Assert.Equal(ReferenceRoots[n], tree.Root().ToString());
        }
    }

    [Fact]
    public void LeafHash_Data_IsSha256WithAZeroPrefix()
    {
        var large = new byte[5000];
        large[4999] = 7;
        Assert.Equal(Sha256Hash.Of([0, 1, 2]), MerkleTree.LeafHash([1, 2]));
        Assert.Equal(Sha256Hash.Of([0, .. large]), MerkleTree.LeafHash(large));
    }

    [Fact]
    public void Root_EverySizeUpTo70_MatchesTheRfcDefinition()
    {
        var leaves = Leaves(70);
        var tree = Tree(leaves);
        for (var size = 0; size <= leaves.Length; size++)
            Assert.Equal(ReferenceRoot(leaves.AsSpan(0, size)), tree.Root(size));
    }

    [Fact]
    public void Root_AfterEachAppend_MatchesTheRfcDefinition()
    {
        var leaves = Leaves(70);
        var tree = new MerkleTree();
        for (var size = 1; size <= leaves.Length; size++)
        {
            tree.Append(leaves[size - 1]);
            Assert.Equal(size, tree.Size);
            Assert.Equal(ReferenceRoot(leaves.AsSpan(0, size)), tree.Root());
        }
    }

    [Fact]
    public void InclusionProof_EveryLeafOfEverySizeUpTo40_Verifies()
    {
        var leaves = Leaves(ProofSizes);
        var tree = Tree(leaves);
        for (var size = 1; size <= ProofSizes; size++)
        {
            var root = tree.Root(size);
            for (var index = 0; index < size; index++)
            {
                var proof = tree.InclusionProof(index, size);
                Assert.True(MerkleTree.VerifyInclusion(leaves[index], index, size, proof, root), $"leaf {index} of {size}");
            }
        }
    }

    [Fact]
    public void VerifyInclusion_TamperedProofOrClaims_Fails()
    {
        var leaves = Leaves(ProofSizes);
        var tree = Tree(leaves);
        for (var size = 1; size <= ProofSizes; size++)
        {
            var root = tree.Root(size);
            for (var index = 0; index < size; index++)
            {
                var proof = tree.InclusionProof(index, size);
                foreach (var tampered in Tampered(proof))
                    Assert.False(MerkleTree.VerifyInclusion(leaves[index], index, size, tampered, root), $"tampered proof, leaf {index} of {size}");
                Assert.False(MerkleTree.VerifyInclusion(MerkleTree.LeafHash([9, 9]), index, size, proof, root));
                Assert.False(MerkleTree.VerifyInclusion(leaves[index], index, size, proof, tree.Root(size - 1)));
                Assert.False(MerkleTree.VerifyInclusion(leaves[index], size, size, proof, root));
                if (size > 1)
                    Assert.False(MerkleTree.VerifyInclusion(leaves[index], (index + 1) % size, size, proof, root), $"wrong index, leaf {index} of {size}");
                for (var otherSize = 1; otherSize <= ProofSizes; otherSize++)
                {
                    // With the other size's own root: a proof for one tree head does not prove another.
                    if (otherSize != size)
                        Assert.False(MerkleTree.VerifyInclusion(leaves[index], index, otherSize, proof, tree.Root(otherSize)), $"size {otherSize} for leaf {index} of {size}");
                }
            }
        }
    }

    [Fact]
    public void ConsistencyProof_EveryPairOfSizesUpTo40_Verifies()
    {
        var tree = Tree(Leaves(ProofSizes));
        for (var newSize = 0; newSize <= ProofSizes; newSize++)
        {
            for (var oldSize = 0; oldSize <= newSize; oldSize++)
            {
                var proof = tree.ConsistencyProof(oldSize, newSize);
                Assert.True(
                    MerkleTree.VerifyConsistency(oldSize, newSize, tree.Root(oldSize), tree.Root(newSize), proof),
                    $"{oldSize} to {newSize}");
            }
        }
    }

    [Fact]
    public void VerifyConsistency_TamperedProofOrClaims_Fails()
    {
        var tree = Tree(Leaves(ProofSizes));
        var stranger = MerkleTree.LeafHash([9, 9]);
        for (var newSize = 1; newSize <= ProofSizes; newSize++)
        {
            for (var oldSize = 1; oldSize < newSize; oldSize++)
            {
                var (oldRoot, newRoot) = (tree.Root(oldSize), tree.Root(newSize));
                var proof = tree.ConsistencyProof(oldSize, newSize);
                foreach (var tampered in Tampered(proof))
                    Assert.False(MerkleTree.VerifyConsistency(oldSize, newSize, oldRoot, newRoot, tampered), $"tampered, {oldSize} to {newSize}");
                Assert.False(MerkleTree.VerifyConsistency(oldSize, newSize, stranger, newRoot, proof));
                Assert.False(MerkleTree.VerifyConsistency(oldSize, newSize, oldRoot, stranger, proof));
                Assert.False(MerkleTree.VerifyConsistency(newSize, oldSize, newRoot, oldRoot, proof));
                Assert.False(MerkleTree.VerifyConsistency(oldSize, newSize, oldRoot, newRoot, []));
                for (var otherOld = 1; otherOld < newSize; otherOld++)
                {
                    if (otherOld != oldSize)
                    {
                        Assert.False(MerkleTree.VerifyConsistency(otherOld, newSize, oldRoot, newRoot, proof), $"old size {otherOld} for {oldSize} to {newSize}");
                        Assert.False(MerkleTree.VerifyConsistency(otherOld, newSize, tree.Root(otherOld), newRoot, proof), $"old tree {otherOld} for {oldSize} to {newSize}");
                    }
                }
            }
        }
    }

    [Fact]
    public void VerifyConsistency_TrivialCases_NeedAnEmptyProofAndMatchingRoots()
    {
        var tree = Tree(Leaves(5));
        Assert.True(MerkleTree.VerifyConsistency(5, 5, tree.Root(), tree.Root(), []));
        Assert.False(MerkleTree.VerifyConsistency(5, 5, tree.Root(4), tree.Root(), []));
        Assert.False(MerkleTree.VerifyConsistency(5, 5, tree.Root(), tree.Root(), [tree.Root()]));
        Assert.True(MerkleTree.VerifyConsistency(0, 5, MerkleTree.EmptyRoot, tree.Root(), []));
        Assert.False(MerkleTree.VerifyConsistency(0, 5, tree.Root(1), tree.Root(), []));
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(3, 3)]
    [InlineData(0, 6)]
    public void InclusionProof_IndexOrSizeOutOfRange_Throws(long index, long size) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Tree(Leaves(5)).InclusionProof(index, size));

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(4, 3)]
    [InlineData(2, 6)]
    public void ConsistencyProof_SizesOutOfRange_Throws(long oldSize, long newSize) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Tree(Leaves(5)).ConsistencyProof(oldSize, newSize));

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void Root_SizeOutOfRange_Throws(long size) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Tree(Leaves(5)).Root(size));

    [Fact]
    public void Verify_NegativeSizes_Throw()
    {
        var leaf = MerkleTree.LeafHash([]);
        Assert.Throws<ArgumentOutOfRangeException>(() => MerkleTree.VerifyInclusion(leaf, -1, 1, [], leaf));
        Assert.Throws<ArgumentOutOfRangeException>(() => MerkleTree.VerifyConsistency(-1, 1, leaf, leaf, []));
    }

    /// <summary>MTH as RFC 9162 §2.1.1 defines it, recursively over the leaf hashes.</summary>
    private static Sha256Hash ReferenceRoot(ReadOnlySpan<Sha256Hash> leaves)
    {
        if (leaves.Length == 0)
            return Sha256Hash.Of([]);
        if (leaves.Length == 1)
            return leaves[0];
        var k = 1;
        while (k * 2 < leaves.Length)
            k *= 2;
        return Sha256Hash.Of([0x01, .. ReferenceRoot(leaves[..k]).Bytes, .. ReferenceRoot(leaves[k..]).Bytes]);
    }

    private static Sha256Hash[] Leaves(int count) =>
        [.. Enumerable.Range(0, count).Select(i => MerkleTree.LeafHash(SHA256.HashData(BitConverter.GetBytes(i))))];

    private static MerkleTree Tree(Sha256Hash[] leaves)
    {
        var tree = new MerkleTree();
        foreach (var leaf in leaves)
            tree.Append(leaf);
        return tree;
    }

    /// <summary>Each element with one bit flipped, and the proof with an element dropped or added.</summary>
    private static IEnumerable<IReadOnlyList<Sha256Hash>> Tampered(IReadOnlyList<Sha256Hash> proof)
    {
        for (var i = 0; i < proof.Count; i++)
        {
            var bytes = proof[i].Bytes.ToArray();
            bytes[i % bytes.Length] ^= 0x01;
            yield return [.. proof.Take(i), Sha256Hash.FromBytes(bytes), .. proof.Skip(i + 1)];
            yield return [.. proof.Take(i), .. proof.Skip(i + 1)];
        }
        yield return [.. proof, MerkleTree.EmptyRoot];
        yield return [MerkleTree.EmptyRoot, .. proof];
    }
}
