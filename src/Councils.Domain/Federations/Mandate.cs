using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Councils.Domain.Json;

namespace Councils.Domain.Federations;

/// <summary>
/// A body's instruction to its delegates on one federation agenda item: the choices they may cast.
/// One choice is a bound mandate, several are latitude, none listed (null) leaves them free. The
/// fallback applies instead once the item has been amended after the body decided its mandate.
/// </summary>
public sealed record Mandate
{
    /// <summary>Makes a mandate.</summary>
    /// <param name="allow">The choices allowed; null for a free mandate.</param>
    /// <param name="fallback">The choices allowed once the item is amended; null for free.</param>
    /// <param name="revision">The revision of the item the body decided on: 0 until it is amended.</param>
    /// <exception cref="RuleViolation">An empty or repeated list of choices (<c>payload-invalid</c>).</exception>
    public Mandate(IEnumerable<string>? allow, IEnumerable<string>? fallback, int revision)
    {
        Allow = Check(allow, "allow");
        Fallback = Check(fallback, "fallback");
        Revision = revision >= 0 ? revision : throw new RuleViolation(Rules.PayloadInvalid, "A revision counts from 0.", "revision");
    }

    /// <summary>The choices allowed; null when free.</summary>
    public ImmutableArray<string>? Allow { get; }

    /// <summary>The choices allowed once the item is amended after the mandate; null when free.</summary>
    public ImmutableArray<string>? Fallback { get; }

    /// <summary>The item's revision when the body decided.</summary>
    public int Revision { get; }

    /// <summary>The choices allowed now that the item stands at <paramref name="revision"/>; null when free.</summary>
    public ImmutableArray<string>? AllowedAt(int revision) => revision > Revision ? Fallback : Allow;

    /// <summary>"bound to yes", "latitude among yes, abstain" or "free".</summary>
    public static string Describe(ImmutableArray<string>? allowed) =>
        allowed is not { } list ? "free"
        : list.Length == 1 ? $"bound to {list[0]}"
        : $"latitude among {string.Join(", ", list)}";

    /// <inheritdoc />
    public bool Equals(Mandate? other) =>
        other is not null && Revision == other.Revision && Same(Allow, other.Allow) && Same(Fallback, other.Fallback);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Revision, Allow?.Length, Fallback?.Length);

    /// <summary>Writes the members <c>allow</c>, <c>fallback</c> and <c>revision</c> into <paramref name="json"/>.</summary>
    public JsonObject WriteInto(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json["allow"] = Write(Allow);
        json["fallback"] = Write(Fallback);
        json["revision"] = Revision;
        return json;
    }

    internal static Mandate Read(JsonFields fields) =>
        new(ReadList(fields, "allow"), ReadList(fields, "fallback"), (int)fields.Long("revision", 0, int.MaxValue));

    private static JsonArray? Write(ImmutableArray<string>? list) =>
        list is { } l ? new JsonArray([.. l.Select(c => (JsonNode)c)]) : null;

    private static List<string>? ReadList(JsonFields fields, string key)
    {
        if (fields.Node(key) is null)
            return null;
        var list = fields.Array(key);
        return [.. list.Select((n, i) => n is JsonValue v && v.TryGetValue(out string? s) ? s : throw fields.Refuse(key, $"'{key}[{i}]' is a choice, a string."))];
    }

    private static ImmutableArray<string>? Check(IEnumerable<string>? choices, string field)
    {
        if (choices is null)
            return null;
        ImmutableArray<string> list = [.. choices];
        if (list.IsEmpty || list.Distinct(StringComparer.Ordinal).Count() != list.Length || list.Any(string.IsNullOrEmpty))
            throw new RuleViolation(Rules.PayloadInvalid, $"A mandate's '{field}' lists one or more different choices, or is null for a free mandate.", field);
        return list;
    }

    private static bool Same(ImmutableArray<string>? a, ImmutableArray<string>? b) =>
        a is null ? b is null : b is not null && a.Value.SequenceEqual(b.Value);
}
