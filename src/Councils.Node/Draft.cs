using System.Text.Json.Nodes;
using Councils.Domain.Record;

namespace Councils.Node;

/// <summary>
/// An event a request wants appended: either unsigned content the node places at the head of the
/// log and signs with a key it holds, or an entry its author signed at a position of their choosing.
/// </summary>
internal abstract record Draft
{
    public abstract Entry Place(string body, long seq, Sha256Hash? prev, long at);

    public sealed record Unsigned(string Kind, JsonObject Payload, SigningKey Author) : Draft
    {
        public override Entry Place(string body, long seq, Sha256Hash? prev, long at) =>
            Entry.Create(body, seq, prev, at, Kind, (JsonObject)Payload.DeepClone(), Author);
    }

    public sealed record Signed(Entry Entry) : Draft
    {
        public override Entry Place(string body, long seq, Sha256Hash? prev, long at)
        {
            if (Entry.Body != body)
                throw new Domain.RuleViolation("entry-body", $"The entry is for body '{Entry.Body}', not '{body}'.", "event.body");
            if (Entry.Seq != seq || Entry.Prev != prev)
                throw new Domain.RuleViolation(
                    "log-head-moved",
                    $"The entry claims position {Entry.Seq} but the log's next position is {seq} (previous hash {prev?.ToString() ?? "none"}); fetch the head and sign again.",
                    "event.seq");
            if (!Entry.HasValidSignature())
                throw new Domain.RuleViolation("signature", "The entry's signature does not verify against its author's key.", "sig");
            return Entry;
        }
    }
}
