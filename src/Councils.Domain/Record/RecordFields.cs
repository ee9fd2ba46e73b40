using System.Buffers;
using System.Text.Json.Nodes;

namespace Councils.Domain.Record;

/// <summary>
/// Reads the members of entries and checkpoints with the types docs/record.md sets, throwing
/// <see cref="RecordFormatException"/> that names the member at fault.
/// </summary>
internal static class RecordFields
{
    private const int MaxBodyIdLength = 63;

    private static readonly SearchValues<char> BodyIdChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");
    private static readonly SearchValues<char> KindChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789.-");

    /// <summary>Lowercase letters, digits and '-', 1 to 63 characters, starting with a letter or digit.</summary>
    public static bool IsBodyId(string? text) =>
        text is { Length: > 0 and <= MaxBodyIdLength } && text[0] != '-' && !text.AsSpan().ContainsAnyExcept(BodyIdChars);

    /// <summary>Lowercase letters, digits, '.' and '-', at least one.</summary>
    public static bool IsKind(string? text) => text is { Length: > 0 } && !text.AsSpan().ContainsAnyExcept(KindChars);

    /// <summary>Requires exactly the given members, naming the first missing one, else the first extra one.</summary>
    public static void RequireExactly(JsonObject obj, string path, ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (!obj.ContainsKey(name))
                throw new RecordFormatException(Join(path, name), $"{Join(path, name)} is missing.");
        }
        if (obj.Count == names.Length)
            return;
        foreach (var member in obj)
        {
            if (!names.Contains(member.Key))
                throw new RecordFormatException(Join(path, member.Key), $"{Join(path, member.Key)} is not allowed here.");
        }
    }

    public static long Integer(JsonObject obj, string path, string name) =>
        obj[name] is JsonValue value && value.TryGetValue(out long integer)
            ? integer
            : throw Wrong(path, name, "an integer");

    public static long NonNegativeInteger(JsonObject obj, string path, string name)
    {
        var integer = Integer(obj, path, name);
        return integer >= 0 ? integer : throw Wrong(path, name, "an integer of 0 or more");
    }

    public static string Text(JsonObject obj, string path, string name) =>
        obj[name] is JsonValue value && value.TryGetValue(out string? text)
            ? text
            : throw Wrong(path, name, "a string");

    public static JsonObject Object(JsonObject obj, string path, string name) =>
        obj[name] as JsonObject ?? throw Wrong(path, name, "an object");

    public static string BodyId(JsonObject obj, string path, string name)
    {
        var text = Text(obj, path, name);
        return IsBodyId(text) ? text : throw Wrong(path, name, "a body id: lowercase letters, digits and '-', 1 to 63 characters, not starting with '-'");
    }

    public static string Kind(JsonObject obj, string path, string name)
    {
        var text = Text(obj, path, name);
        return IsKind(text) ? text : throw Wrong(path, name, "a kind: lowercase letters, digits, '.' and '-'");
    }

    public static PublicKey Key(JsonObject obj, string path, string name) =>
        PublicKey.TryParse(Text(obj, path, name), out var key)
            ? key.Value
            : throw Wrong(path, name, "an Ed25519 public key in unpadded base64url (43 characters)");

    public static Sha256Hash Hash(JsonObject obj, string path, string name) =>
        Sha256Hash.TryParse(Text(obj, path, name), out var hash)
            ? hash
            : throw Wrong(path, name, "a SHA-256 digest in 64 lowercase hex digits");

    public static byte[] Signature(JsonObject obj, string path, string name)
    {
        var signature = new byte[Ed25519.SignatureLength];
        return CanonicalBase64Url.TryDecode(Text(obj, path, name), signature)
            ? signature
            : throw Wrong(path, name, "an Ed25519 signature in unpadded base64url (86 characters)");
    }

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static RecordFormatException Wrong(string path, string name, string expected) =>
        new(Join(path, name), $"{Join(path, name)} must be {expected}.");
}
