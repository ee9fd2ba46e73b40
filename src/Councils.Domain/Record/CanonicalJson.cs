using System.Buffers;
using System.Text.Json.Nodes;

namespace Councils.Domain.Record;

/// <summary>
/// The record's canonical JSON: RFC 8785 (JCS) restricted to integers, as docs/record.md sets out.
/// Every byte string in the record is in this form, so equal values have equal bytes and a
/// signature over the bytes is a signature over the value.
/// </summary>
/// <remarks>
/// Parsing never re-serialises: it refuses the first byte of anything not already canonical, so a
/// parsed value's bytes are exactly the bytes that were given. Nodes come back as System.Text.Json
/// nodes holding <see cref="long"/>, <see cref="string"/>, <see cref="bool"/> or <c>null</c>.
/// </remarks>
public static class CanonicalJson
{
    /// <summary>The largest integer the record holds, 2^53 − 1; its negation is the smallest.</summary>
    /// <remarks>Beyond it, integers stop being exact in the binary floating point many readers use.</remarks>
    public const long MaxInteger = (1L << 53) - 1;

    /// <summary>How deep objects and arrays may nest; a document that is one value of either is depth 1.</summary>
    /// <remarks>Bounded so that reading hostile input cannot exhaust the stack.</remarks>
    public const int MaxDepth = 64;

    /// <summary>Writes a JSON tree in canonical form.</summary>
    /// <exception cref="CanonicalJsonException">
    /// The tree holds a number that is not an integer within ±(2^53 − 1), a string with a lone
    /// surrogate, or nests deeper than <see cref="MaxDepth"/>; the message names the JSON path.
    /// </exception>
    public static byte[] Serialize(JsonNode? node)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(buffer, node);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a JSON tree in canonical form to a buffer.</summary>
    /// <exception cref="CanonicalJsonException">As for <see cref="Serialize"/>; bytes may have been written.</exception>
    public static void Write(IBufferWriter<byte> output, JsonNode? node)
    {
        ArgumentNullException.ThrowIfNull(output);
        CanonicalJsonWriter.WriteValue(output, node, 0);
    }

    /// <summary>Reads bytes that must already be canonical JSON.</summary>
    /// <exception cref="CanonicalJsonException">
    /// The bytes are not canonical; <see cref="CanonicalJsonException.Offset"/> is the first byte at fault.
    /// </exception>
    public static JsonNode? Parse(ReadOnlySpan<byte> utf8) => Parse(utf8, default);

    /// <summary>
    /// Reads canonical JSON and reports where the values of the first members of a top-level object
    /// lie in the input (how an entry finds the span its signature covers without re-serialising).
    /// </summary>
    internal static JsonNode? Parse(ReadOnlySpan<byte> utf8, Span<Range> topMembers)
    {
        var reader = new CanonicalJsonReader(utf8, build: true, topMembers);
        if (!reader.TryReadDocument(out var node))
            throw new CanonicalJsonException($"{reader.Error} at byte {reader.ErrorOffset}", reader.ErrorOffset);
        return node;
    }

    /// <summary>Whether the bytes are canonical JSON, checked without building any nodes.</summary>
    public static bool IsCanonical(ReadOnlySpan<byte> utf8) => new CanonicalJsonReader(utf8, build: false).TryReadDocument(out _);
}
