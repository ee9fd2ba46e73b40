using Councils.Domain;
using Councils.Domain.Record;
using Councils.Node.Requests;

namespace Councils.Node.Tests;

// Proofs: what the node serves checks out against the roots of the checkpoints it signed.
public abstract partial class LocalNodeTests
{
    /// <summary>A committee of three (3 events), a motion and two ballots: a log of 6.</summary>
    private const long ProofLog = 6;

    public static TheoryData<string, long, long?> OutOfRange => new()
    {
        { "inclusion", -1, null },
        { "inclusion", ProofLog, null },
        { "inclusion", 0, 0 },
        { "inclusion", 3, 3 },
        { "inclusion", 5, 4 },
        { "inclusion", 0, ProofLog + 1 },
        { "consistency", 0, null },
        { "consistency", 0, 3 },
        { "consistency", ProofLog + 1, null },
        { "consistency", 4, 3 },
        { "consistency", 1, ProofLog + 1 },
    };

    [Fact]
    public async Task Proofs_EverySeqAndSize_VerifyAgainstTheSignedCheckpointRoots()
    {
        await using var node = await OpenNodeAsync();
        var body = await ProofLogAsync(node);
        var lines = await ExportLinesAsync(node, body);
        var leaves = lines.Where(l => !new ExportLine(0, l).IsCheckpoint).Select(l => Entry.Parse(l).LeafHash).ToList();
        var checkpoints = lines.Where(l => new ExportLine(0, l).IsCheckpoint).Select(l => Checkpoint.Parse(l)).ToDictionary(c => c.Size);
        Assert.Equal(ProofLog, leaves.Count);
        Assert.Equal(Enumerable.Range(1, (int)ProofLog).Select(n => (long)n), checkpoints.Keys.Order());
        Assert.All(checkpoints.Values, c => Assert.True(c.HasValidSignature() && c.Signer == node.NodeKey));

        for (var size = 1L; size <= ProofLog; size++)
        {
            var root = checkpoints[size].Root;
            for (var seq = 0L; seq < size; seq++)
            {
                var proof = await node.GetInclusionProofAsync(body, seq, size, Ct);
                var path = proof.Path.Select(Sha256Hash.Parse).ToList();
                Assert.Equal((leaves[(int)seq].ToString(), root.ToString()), (proof.LeafHash, proof.Root));
                Assert.True(MerkleTree.VerifyInclusion(leaves[(int)seq], seq, size, path, root), $"seq {seq} in {size}");
                Assert.False(MerkleTree.VerifyInclusion(leaves[(int)((seq + 1) % ProofLog)], seq, size, path, root), $"another leaf as seq {seq} in {size}");
            }
            for (var from = 1L; from <= size; from++)
            {
                var proof = await node.GetConsistencyProofAsync(body, from, size, Ct);
                var path = proof.Path.Select(Sha256Hash.Parse).ToList();
                Assert.Equal((checkpoints[from].Root.ToString(), root.ToString()), (proof.FromRoot, proof.ToRoot));
                Assert.True(MerkleTree.VerifyConsistency(from, size, checkpoints[from].Root, root, path), $"{from} to {size}");
                if (from < size)
                    Assert.False(MerkleTree.VerifyConsistency(from, size, checkpoints[from + 1].Root, root, path), $"{from} to {size} from a wrong root");
            }
        }
        // Without a size, a proof is of the whole log.
        var whole = await node.GetInclusionProofAsync(body, 2, null, Ct);
        Assert.Equal((ProofLog, checkpoints[ProofLog].Root.ToString()), (whole.Size, whole.Root));
        Assert.Equal(ProofLog, (await node.GetConsistencyProofAsync(body, 2, null, Ct)).To);
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task Proofs_OutOfRange_AreRefusedAsProofRange(string proof, long a, long? b)
    {
        await using var node = await OpenNodeAsync();
        var body = await ProofLogAsync(node);

        var refusal = await RefusedAsync(() => proof == "inclusion"
            ? node.GetInclusionProofAsync(body, a, b, Ct)
            : node.GetConsistencyProofAsync(body, a, b, Ct));

        Assert.Equal(("proof-range", proof == "inclusion" ? "seq" : "from"), (refusal.Rule, refusal.Field));
    }

    [Fact]
    public async Task Reads_OfAnUnknownBodyOrMotion_AreRefusedNamingIt()
    {
        await using var node = await OpenNodeAsync();
        var nowhere = $"nowhere-{_suffix}";
        var known = (await CommitteeAsync(node, 1)).Id;

        foreach (var read in new Func<Task>[]
        {
            () => node.GetBodyAsync(nowhere, Ct),
            () => node.GetHeadAsync(nowhere, Ct),
            () => node.GetMotionAsync(nowhere, 1, Ct),
            () => node.ExportAsync(nowhere, Stream.Null, Ct),
            () => node.GetInclusionProofAsync(nowhere, 0, null, Ct),
            () => node.GetConsistencyProofAsync(nowhere, 1, null, Ct),
        })
            Assert.Equal(("unknown-body", "body"), Refusal(await RefusedAsync(read)));
        Assert.Equal(("unknown-motion", "motion"), Refusal(await RefusedAsync(() => node.GetMotionAsync(known, 0, Ct))));

        static (string, string?) Refusal(RuleViolation v) => (v.Rule, v.Field);
    }

    private async Task<string> ProofLogAsync(LocalNode node)
    {
        var committee = await CommitteeAsync(node, 3);
        var motion = (await node.OpenMotionAsync(committee.Id, new OpenMotion(committee.Handles[0], "Buy a lathe"), Ct)).Id;
        await node.CastBallotAsync(committee.Id, motion, new CastBallot(committee.Handles[0], Choice("yes")), Ct);
        await node.CastBallotAsync(committee.Id, motion, new CastBallot(committee.Handles[1], Choice("no")), Ct);
        return committee.Id;
    }
}
