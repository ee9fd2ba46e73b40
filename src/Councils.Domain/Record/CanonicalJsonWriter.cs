using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Councils.Domain.Record;

/// <summary>Writes System.Text.Json trees in the record's canonical form.</summary>
internal static class CanonicalJsonWriter
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), '"', '\\']);

    public static void WriteValue(IBufferWriter<byte> output, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                output.Write("null"u8);
                break;
            case JsonObject obj:
                WriteObject(output, obj, depth);
                break;
            case JsonArray array:
                WriteArray(output, array, depth);
                break;
            default:
                WriteScalar(output, node.AsValue());
                break;
        }
    }

    private static void WriteObject(IBufferWriter<byte> output, JsonObject obj, int depth)
    {
        CheckDepth(obj, depth);
        var members = obj.ToArray();
        // RFC 8785 orders keys by UTF-16 code units, which is what ordinal comparison does.
        Array.Sort(members, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        output.Write("{"u8);
        for (var i = 0; i < members.Length; i++)
        {
            if (i > 0)
                output.Write(","u8);
            WriteString(output, members[i].Key, obj);
            output.Write(":"u8);
            WriteValue(output, members[i].Value, depth + 1);
        }
        output.Write("}"u8);
    }

    private static void WriteArray(IBufferWriter<byte> output, JsonArray array, int depth)
    {
        CheckDepth(array, depth);
        output.Write("["u8);
        for (var i = 0; i < array.Count; i++)
        {
            if (i > 0)
                output.Write(","u8);
            WriteValue(output, array[i], depth + 1);
        }
        output.Write("]"u8);
    }

    private static void CheckDepth(JsonNode node, int depth)
    {
        if (depth >= CanonicalJson.MaxDepth)
            throw new CanonicalJsonException($"{node.GetPath()}: objects and arrays nest deeper than {CanonicalJson.MaxDepth}");
    }

    private static void WriteScalar(IBufferWriter<byte> output, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(output, StringOf(value), value);
                break;
            case JsonValueKind.Number:
                WriteInteger(output, IntegerOf(value));
                break;
            case JsonValueKind.True:
                output.Write("true"u8);
                break;
            case JsonValueKind.False:
                output.Write("false"u8);
                break;
            case JsonValueKind.Null:
                output.Write("null"u8);
                break;
            default:
                throw new CanonicalJsonException($"{value.GetPath()}: a {value.GetValueKind()} value has no canonical form");
        }
    }

    private static string StringOf(JsonValue value)
    {
        if (value.TryGetValue(out string? text))
            return text;
        if (value.TryGetValue(out char c))
            return c.ToString();
        // Anything else that System.Text.Json writes as a string (a Guid, a DateTimeOffset): take
        // its JSON text as the value, as a reader of that JSON would.
        using var document = JsonDocument.Parse(value.ToJsonString());
        return document.RootElement.GetString()!;
    }

    /// <summary>The value as an integer within ±(2^53 − 1), refusing everything else rather than rounding.</summary>
    private static long IntegerOf(JsonValue value)
    {
        long? integer = null;
        if (value.TryGetValue(out JsonElement element))
        {
            // From a parsed document: only an integer written as one, never "1.0" or "1e2".
            if (element.TryGetInt64(out var l))
                integer = l;
        }
        else if (value.TryGetValue(out long l))
            integer = l;
        else if (value.TryGetValue(out int i))
            integer = i;
        else if (value.TryGetValue(out uint ui))
            integer = ui;
        else if (value.TryGetValue(out short s))
            integer = s;
        else if (value.TryGetValue(out ushort us))
            integer = us;
        else if (value.TryGetValue(out byte b))
            integer = b;
        else if (value.TryGetValue(out sbyte sb))
            integer = sb;
        else if (value.TryGetValue(out ulong ul))
        {
            if (ul > CanonicalJson.MaxInteger)
                throw OutOfRange(value);
            integer = (long)ul;
        }
        if (integer is not { } result)
            throw new CanonicalJsonException($"{value.GetPath()}: {Describe(value)} is not an integer; the record holds integers only");
        if (result is > CanonicalJson.MaxInteger or < -CanonicalJson.MaxInteger)
            throw OutOfRange(value);
        return result;
    }

    private static CanonicalJsonException OutOfRange(JsonValue value) =>
        new($"{value.GetPath()}: {Describe(value)} is beyond ±(2^53 − 1)");

    // Not ToJsonString, which throws for NaN and infinities.
    private static string? Describe(JsonValue value) => Convert.ToString(value.GetValue<object>(), CultureInfo.InvariantCulture);

    private static void WriteInteger(IBufferWriter<byte> output, long value)
    {
        var span = output.GetSpan(20);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        output.Advance(written);
    }

    /// <summary>Writes a string with only the escapes RFC 8785 requires; <paramref name="owner"/> names the path on failure.</summary>
    private static void WriteString(IBufferWriter<byte> output, string text, JsonNode owner)
    {
        output.Write("\""u8);
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var next = rest.IndexOfAny(Escaped);
            var run = next < 0 ? rest : rest[..next];
            if (!run.IsEmpty)
            {
                var span = output.GetSpan(run.Length * 3);
                if (Utf8.FromUtf16(run, span, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
                    throw new CanonicalJsonException($"{owner.GetPath()}: a string holds a lone surrogate");
                output.Advance(written);
            }
            if (next < 0)
                break;
            WriteEscape(output, rest[next]);
            rest = rest[(next + 1)..];
        }
        output.Write("\""u8);
    }

    private static void WriteEscape(IBufferWriter<byte> output, char c)
    {
        if (c is '"' or '\\')
        {
            output.Write([(byte)'\\', (byte)c]);
            return;
        }
        if (CanonicalJsonReader.ShortEscape(c) is { } letter)
        {
            output.Write([(byte)'\\', (byte)letter]);
            return;
        }
        const string hex = "0123456789abcdef";
        output.Write([(byte)'\\', (byte)'u', (byte)'0', (byte)'0', (byte)hex[c >> 4], (byte)hex[c & 0xF]]);
    }
}
