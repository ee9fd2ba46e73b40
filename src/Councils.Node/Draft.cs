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

    public sealed record Unsigned(string Kind, JsonObject Payload, Signer Author) : Draft
    {
        public override Entry Place(string body, long seq, Sha256Hash? prev, long at) =>
            Author.With(key => Entry.Create(body, seq, prev, at, Kind, Payload, key));
    }

    public sealed record Signed(Entry Entry) : Draft
    {
        /// <summary>How far an entry's own date may be from the node's clock when it arrives.</summary>
        public static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

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
            // The rules read time from the entry, so the node holds its date to the moment it
            // arrives: backdated, a ballot would slip in after its motion closed; dated ahead, it
            // would close every open motion at once.
            if (Math.Abs(Entry.At - at) > Skew.TotalMilliseconds)
                throw new Domain.RuleViolation(
                    Domain.Rules.Time,
                    $"The entry is dated {When(Entry.At)} but reached the node at {When(at)}; sign an entry with the time you send it (within {Skew.TotalMinutes} minutes).",
                    "event.at");
            return Entry;
        }

        private static string When(long at) =>
            DateTimeOffset.FromUnixTimeMilliseconds(at).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
    }
}
