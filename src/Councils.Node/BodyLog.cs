using Councils.Domain.Bodies;
using Councils.Domain.Record;

namespace Councils.Node;

/// <summary>
/// The head of one body's log as this node holds it in memory: the folded state, the hash of the
/// last entry and the Merkle tree over every entry, so appends and proofs need no re-read.
/// </summary>
internal sealed class BodyLog
{
    private BodyLog(string body, BodyState state)
    {
        Body = body;
        State = state;
    }

    public string Body { get; }

    public BodyState State { get; private set; }

    public Sha256Hash? Head { get; private set; }

    public MerkleTree Tree { get; } = new();

    public long Size => Tree.Size;

    public long LastAt { get; private set; }

    public bool Exists => Size > 0;

    public static BodyLog Empty(string body) => new(body, BodyState.Empty(BodyId.Parse(body)));

    /// <summary>Folds stored entries; their signatures were checked when they were appended.</summary>
    public static BodyLog Load(string body, IEnumerable<byte[]> entries)
    {
        var log = Empty(body);
        foreach (var bytes in entries)
        {
            var entry = Entry.Parse(bytes);
            var state = log.State.Apply(Fold.Recorded(entry));
            log.Stage([entry]);
            log.Accept(state, entry);
        }
        return log;
    }

    /// <summary>Adds entries about to be written to the tree, so their checkpoint can be signed.</summary>
    /// <remarks>If the write then fails the caller drops this log and loads it again.</remarks>
    public void Stage(IEnumerable<Entry> entries)
    {
        foreach (var entry in entries)
            Tree.Append(entry.LeafHash);
    }

    /// <summary>Moves the head once the staged entries are durable.</summary>
    public void Accept(BodyState state, Entry last)
    {
        State = state;
        Head = last.Hash;
        LastAt = last.At;
    }
}
