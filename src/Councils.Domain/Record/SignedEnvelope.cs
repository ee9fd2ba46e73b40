using System.Text.Json.Nodes;

namespace Councils.Domain.Record;

/// <summary>
/// The shape entries and checkpoints share: <c>{"name":{…},"sig":"…"}</c> in canonical JSON, where
/// the signature covers the bytes of the first member's value exactly as received.
/// </summary>
internal readonly struct SignedEnvelope
{
    private SignedEnvelope(JsonObject content, Range signed, byte[] signature)
    {
        Content = content;
        Signed = signed;
        Signature = signature;
    }

    /// <summary>The signed object, parsed.</summary>
    public JsonObject Content { get; }

    /// <summary>Where the signed object's bytes lie in the envelope.</summary>
    public Range Signed { get; }

    /// <summary>The 64 signature bytes.</summary>
    public byte[] Signature { get; }

    /// <summary>Reads an envelope whose signed member is <paramref name="name"/>, which must sort before "sig".</summary>
    /// <exception cref="RecordFormatException">The bytes are not canonical or not this shape.</exception>
    public static SignedEnvelope Parse(ReadOnlySpan<byte> bytes, string name)
    {
        // Canonical form puts "name" first, so the parser's first member range is the signed span:
        // no need to find it again or re-serialise anything.
        Span<Range> members = stackalloc Range[2];
        JsonNode? root;
        try
        {
            root = CanonicalJson.Parse(bytes, members);
        }
        catch (CanonicalJsonException e)
        {
            throw new RecordFormatException("", $"The {name} is not canonical JSON: {e.Message}.", e);
        }
        if (root is not JsonObject obj)
            throw new RecordFormatException("", $"The {name} must be a JSON object.");
        RecordFields.RequireExactly(obj, "", [name, "sig"]);
        var content = RecordFields.Object(obj, "", name);
        var signature = RecordFields.Signature(obj, "", "sig");
        return new SignedEnvelope(content, members[0], signature);
    }

    /// <summary>Puts signed canonical bytes and their signature together as an envelope.</summary>
    public static byte[] Assemble(string name, ReadOnlySpan<byte> content, ReadOnlySpan<byte> signature)
    {
        var sig = System.Buffers.Text.Base64Url.EncodeToUtf8(signature);
        return [.. "{\""u8, .. System.Text.Encoding.UTF8.GetBytes(name), .. "\":"u8, .. content, .. ",\"sig\":\""u8, .. sig, .. "\"}"u8];
    }
}
