using System.Text;
using System.Text.Json.Nodes;

namespace Councils.Domain.Record;

/// <summary>
/// One entry of a body's log: a signed event, exactly as docs/record.md defines it.
/// </summary>
/// <remarks>
/// An entry is its bytes. Every property is read from them once, when they are parsed, and the
/// bytes are kept as received, so the hash, the signature check and any copy of the log all see
/// the same bytes. An entry that exists has the right shape; whether its signature holds is asked
/// separately (<see cref="HasValidSignature"/>) because that costs far more than parsing.
/// </remarks>
public sealed class Entry
{
    private static readonly string[] EventMembers = ["at", "author", "body", "kind", "payload", "prev", "seq"];

    private readonly JsonObject _payload;
    private readonly byte[] _signature;
    private Sha256Hash _hash;
    private Sha256Hash _leafHash;

    private Entry(ReadOnlyMemory<byte> bytes, SignedEnvelope envelope)
    {
        const string path = "event";
        var ev = envelope.Content;
        RecordFields.RequireExactly(ev, path, EventMembers);
        At = RecordFields.Integer(ev, path, "at");
        Author = RecordFields.Key(ev, path, "author");
        Body = RecordFields.BodyId(ev, path, "body");
        Kind = RecordFields.Kind(ev, path, "kind");
        _payload = RecordFields.Object(ev, path, "payload");
        Seq = RecordFields.NonNegativeInteger(ev, path, "seq");
        if (Seq == 0)
        {
            if (ev["prev"] is not null)
                throw new RecordFormatException("event.prev", "event.prev must be null in the first entry (seq 0).");
        }
        else
        {
            Prev = ev["prev"] is null
                ? throw new RecordFormatException("event.prev", "event.prev must name the previous entry's hash when seq is not 0.")
                : RecordFields.Hash(ev, path, "prev");
        }
        // Detached so the rest of the parsed tree can be collected; only copies are handed out.
        ev.Remove("payload");
        Bytes = bytes;
        EventBytes = bytes[envelope.Signed];
        _signature = envelope.Signature;
    }

    /// <summary>The whole entry, exactly as received.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The bytes of the <c>event</c> value: the span the signature covers, as received.</summary>
    public ReadOnlyMemory<byte> EventBytes { get; }

    /// <summary>The id of the body whose log this entry belongs to.</summary>
    public string Body { get; }

    /// <summary>The entry's position in the log, counting from 0.</summary>
    public long Seq { get; }

    /// <summary>The hash of the previous entry; <c>null</c> exactly when <see cref="Seq"/> is 0.</summary>
    public Sha256Hash? Prev { get; }

    /// <summary>When the act happened, in milliseconds since the Unix epoch (UTC).</summary>
    public long At { get; }

    /// <summary>The key of the author, who signed the event.</summary>
    public PublicKey Author { get; }

    /// <summary>What the act is, such as <c>ballot.cast</c>; it sets the shape of the payload.</summary>
    public string Kind { get; }

    /// <summary>The act's details, whose shape the <see cref="Kind"/> sets.</summary>
    /// <remarks>Each read returns a fresh copy, so changing it cannot change the entry; keep the copy rather than reading it again.</remarks>
    public JsonObject Payload => (JsonObject)_payload.DeepClone();

    /// <summary>
    /// The payload itself, not a copy, for <see cref="Events.EventCodec.Decode"/>, which only reads it
    /// and keeps copies of what it keeps: verification decodes every entry and the copy is its cost.
    /// </summary>
    public JsonObject PayloadToDecode => _payload;

    /// <summary>The 64-byte Ed25519 signature of <see cref="Author"/> over <see cref="EventBytes"/>.</summary>
    public ReadOnlyMemory<byte> Signature => _signature;

    /// <summary>SHA-256 of the whole entry's bytes: the value the next entry names in <c>prev</c>.</summary>
    public Sha256Hash Hash
    {
        get
        {
            // A racing reader may compute it twice; both get the same value, and the field is one reference wide.
            if (_hash.IsEmpty)
                _hash = Sha256Hash.Of(Bytes.Span);
            return _hash;
        }
    }

    /// <summary>The entry's leaf in the log's Merkle tree, SHA-256(0x00 ‖ bytes) per RFC 9162.</summary>
    public Sha256Hash LeafHash
    {
        get
        {
            if (_leafHash.IsEmpty)
                _leafHash = MerkleTree.LeafHash(Bytes.Span);
            return _leafHash;
        }
    }

    /// <summary>Reads an entry, which must be canonical JSON of exactly the shape docs/record.md sets.</summary>
    /// <param name="bytes">The entry's bytes; they are kept, not copied, so the caller must not change them afterwards.</param>
    /// <exception cref="RecordFormatException">The bytes are not an entry; <see cref="RecordFormatException.Field"/> names the member at fault.</exception>
    public static Entry Parse(ReadOnlyMemory<byte> bytes) => new(bytes, SignedEnvelope.Parse(bytes.Span, "event"));

    /// <summary>Whether the author's signature over the event bytes holds.</summary>
    public bool HasValidSignature() => Ed25519.Verify(Author, EventBytes.Span, _signature);

    /// <summary>Writes, signs and reads back a new entry.</summary>
    /// <remarks>
    /// The entry is built by parsing the bytes it writes, so whatever it creates is, by
    /// construction, something <see cref="Parse"/> accepts.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// A value the format refuses: a malformed body id or kind, <paramref name="prev"/> present at seq 0
    /// or missing after it, a negative seq, a number beyond ±(2^53 − 1), or a payload with no canonical form.
    /// </exception>
    public static Entry Create(string body, long seq, Sha256Hash? prev, long at, string kind, JsonObject payload, SigningKey author)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(author);
        if (!RecordFields.IsBodyId(body))
            throw new ArgumentException($"'{body}' is not a body id.", nameof(body));
        if (!RecordFields.IsKind(kind))
            throw new ArgumentException($"'{kind}' is not a kind: lowercase letters, digits, '.' and '-'.", nameof(kind));
        ArgumentOutOfRangeException.ThrowIfNegative(seq);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seq, CanonicalJson.MaxInteger);
        if (at is > CanonicalJson.MaxInteger or < -CanonicalJson.MaxInteger)
            throw new ArgumentOutOfRangeException(nameof(at), at, "Integers in the record lie within ±(2^53 − 1).");
        if ((seq == 0) != (prev is null) || prev is { IsEmpty: true })
            throw new ArgumentException("The first entry (seq 0) has no previous hash, and every later one has one.", nameof(prev));

        var ev = new JsonObject
        {
            ["at"] = at,
            ["author"] = author.PublicKey.ToString(),
            ["body"] = body,
            ["kind"] = kind,
            ["payload"] = payload.DeepClone(),
            ["prev"] = prev?.ToString(),
            ["seq"] = seq,
        };
        byte[] eventBytes;
        try
        {
            eventBytes = CanonicalJson.Serialize(ev);
        }
        catch (CanonicalJsonException e)
        {
            throw new ArgumentException($"The payload has no canonical form: {e.Message}", nameof(payload), e);
        }
        return Parse(SignedEnvelope.Assemble("event", eventBytes, author.Sign(eventBytes)));
    }

    /// <summary>The entry's bytes as text.</summary>
    public override string ToString() => Encoding.UTF8.GetString(Bytes.Span);
}
