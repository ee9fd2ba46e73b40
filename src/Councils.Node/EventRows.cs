using Councils.Domain.Record;
using Councils.Node.Storage;

namespace Councils.Node;

/// <summary>Maps entries to the rows that store them.</summary>
internal static class EventRows
{
    public static EventRow From(Entry entry) => new()
    {
        BodyId = entry.Body,
        Seq = entry.Seq,
        Bytes = entry.Bytes.ToArray(),
        Hash = entry.Hash.Bytes.ToArray(),
        Kind = entry.Kind,
        At = entry.At,
    };
}
