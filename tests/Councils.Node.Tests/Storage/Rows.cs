using System.Security.Cryptography;
using System.Text;
using Councils.Node.Storage;

namespace Councils.Node.Tests.Storage;

/// <summary>Rows for tests. Every test works in a body of its own, so tests can share a database.</summary>
internal static class Rows
{
    public const long At = 1_764_237_600_000;

    public static string NewBodyId() => $"body-{Guid.NewGuid():N}";

    public static string Key(int n) => $"key{n:D40}";

    public static EventRow Event(string bodyId, long seq)
    {
        var bytes = Encoding.UTF8.GetBytes($"{{\"event\":{{\"body\":\"{bodyId}\",\"seq\":{seq}}},\"sig\":\"x\"}}");
        return new EventRow { BodyId = bodyId, Seq = seq, Bytes = bytes, Hash = SHA256.HashData(bytes), Kind = "ballot.cast", At = At + seq };
    }

    public static BodyRow Body(string id) => new()
    {
        Id = id,
        Name = "Acme workshop",
        Kind = "workplace-committee",
        CharterVersion = 1,
        Charter = "{}",
        NodeKey = Key(0),
        HeadSeq = 0,
        HeadHash = new byte[32],
        CreatedAt = At,
        MemberCount = 0,
    };

    public static MotionRow Motion(string bodyId, long motionId) => new()
    {
        BodyId = bodyId,
        MotionId = motionId,
        Title = "Buy a lathe",
        Text = "We buy a lathe.",
        Method = "{\"kind\":\"majority\"}",
        Proposer = Key(1),
        OpenedAt = At,
        ClosesAt = At + 86_400_000,
        Status = "open",
        CharterVersion = 1,
    };

    public static BallotRow Ballot(string bodyId, long motionId, string memberKey, long seq) => new()
    {
        BodyId = bodyId,
        MotionId = motionId,
        MemberKey = memberKey,
        Ballot = "{\"choice\":\"yes\"}",
        Seq = seq,
        At = At + seq,
    };

    public static HeldKeyRow HeldKey(string handle, string publicKey) => new()
    {
        Handle = handle,
        PublicKey = publicKey,
        Seed = RandomNumberGenerator.GetBytes(32),
        Name = "Ada",
        CreatedAt = At,
    };
}
