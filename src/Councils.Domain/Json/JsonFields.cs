using System.Text.Json;
using System.Text.Json.Nodes;
using Councils.Domain.Record;

namespace Councils.Domain.Json;

/// <summary>
/// Reads the members of one JSON object strictly: every member read must be there with the right
/// type, and <see cref="End"/> refuses any member that was not read, so nothing unknown is tolerated.
/// </summary>
internal sealed class JsonFields
{
    /// <summary>The largest integer the record allows, 2^53 − 1.</summary>
    public const long MaxInteger = 9_007_199_254_740_991;

    private readonly JsonObject _json;
    private readonly string _what;
    private readonly string _rule;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <param name="json">The object to read.</param>
    /// <param name="path">Where the object sits, such as <c>payload.charter</c>.</param>
    /// <param name="what">What the object is, for messages: "a charter".</param>
    /// <param name="rule">The rule code of the refusals.</param>
    public JsonFields(JsonObject json, string path, string what, string rule = Rules.PayloadInvalid)
    {
        ArgumentNullException.ThrowIfNull(json);
        _json = json;
        PathPrefix = path;
        _what = what;
        _rule = rule;
    }

    public string PathPrefix { get; }

    public string PathOf(string key) => PathPrefix.Length == 0 ? key : $"{PathPrefix}.{key}";

    public RuleViolation Refuse(string key, string message) => new(_rule, message, PathOf(key));

    public JsonNode? Node(string key)
    {
        _read.Add(key);
        return _json.TryGetPropertyValue(key, out var node)
            ? node
            : throw Refuse(key, $"{Capitalised(_what)} needs '{key}'.");
    }

    /// <summary>Whether the object has <paramref name="key"/>; for the few members a reader may leave out.</summary>
    public bool Has(string key) => _json.ContainsKey(key);

    public string String(string key) =>
        Node(key) is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.TryGetValue(out string? text)
            ? text
            : throw Refuse(key, $"'{key}' in {_what} is a string.");

    public long Long(string key, long min = -MaxInteger, long max = MaxInteger)
    {
        if (!TryInteger(Node(key), out var number))
            throw Refuse(key, $"'{key}' in {_what} is a whole number.");
        return number >= min && number <= max
            ? number
            : throw Refuse(key, $"'{key}' in {_what} is between {min} and {max}, not {number}.");
    }

    public JsonObject Object(string key) =>
        Node(key) as JsonObject ?? throw Refuse(key, $"'{key}' in {_what} is an object.");

    public JsonObject? ObjectOrNull(string key) => Node(key) switch
    {
        null => null,
        JsonObject json => json,
        _ => throw Refuse(key, $"'{key}' in {_what} is an object or null."),
    };

    public JsonArray Array(string key) =>
        Node(key) as JsonArray ?? throw Refuse(key, $"'{key}' in {_what} is an array.");

    public PublicKey Key(string key) =>
        PublicKey.TryParse(String(key), out var parsed)
            ? parsed.Value
            : throw Refuse(key, $"'{key}' in {_what} is a public key: 43 characters of unpadded base64url.");

    public JsonFields Fields(string key, string what) => new(Object(key), PathOf(key), what, _rule);

    /// <summary>Refuses the first member that was never read.</summary>
    public void End()
    {
        foreach (var (key, _) in _json)
        {
            if (!_read.Contains(key))
                throw Refuse(key, $"{Capitalised(_what)} has no '{key}'.");
        }
    }

    private static bool TryInteger(JsonNode? node, out long number)
    {
        number = 0;
        // A value built in code may hold an int; one parsed from text holds the text. Either way only
        // an integer within the record's range is accepted: 2.0 and 1e2 are refused, not rounded.
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
            return false;
        if (value.TryGetValue(out long asLong))
            number = asLong;
        else if (value.TryGetValue(out int asInt))
            number = asInt;
        else
            return false;
        return number is >= -MaxInteger and <= MaxInteger;
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
