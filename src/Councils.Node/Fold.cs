using Councils.Domain.Bodies;
using Councils.Domain.Events;
using Councils.Domain.Record;

namespace Councils.Node;

/// <summary>Turns a record entry into the domain's recorded event.</summary>
internal static class Fold
{
    public static RecordedEvent Recorded(Entry entry) =>
        new(entry.Seq, entry.At, entry.Author, EventCodec.Decode(entry.Kind, entry.PayloadToDecode));
}
