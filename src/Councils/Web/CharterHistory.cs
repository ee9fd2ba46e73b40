using System.Text.Json;
using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Events;
using Councils.Domain.Record;

namespace Councils.Web;

/// <summary>A body's charter, version by version, read from its log as anyone holding the log can read it: by folding it.</summary>
public static class CharterHistory
{
    /// <summary>Every version of the charter of <paramref name="body"/> in <paramref name="log"/> (its entries in order), newest first.</summary>
    public static IReadOnlyList<CharterHistoryEntry> Of(string body, IReadOnlyList<Entry> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var state = BodyState.Fold(BodyId.Parse(body),
            log.Select(e => new RecordedEvent(e.Seq, e.At, e.Author, EventCodec.Decode(e.Kind, e.PayloadToDecode))));
        var at = log.ToDictionary(e => e.Seq, e => e.At);
        var versions = new List<CharterHistoryEntry>();
        JsonObject? before = null;
        foreach (var version in state.CharterHistory.Values)
        {
            var charter = version.Charter.ToJson();
            versions.Add(new(version.Version, charter, version.Motion?.Seq, version.Seq, at.GetValueOrDefault(version.Seq),
                before is null ? [] : Changes(before, charter)));
            before = charter;
        }
        versions.Reverse();
        return versions;
    }

    /// <summary>The rules that differ between two charters, rule by rule (nested rules by their path, such as <c>delegation.seats</c>), in order of path.</summary>
    public static IReadOnlyList<CharterChange> Changes(JsonObject before, JsonObject after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        var now = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        Flatten("", before, old);
        Flatten("", after, now);
        return [.. old.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
            .Select(k => new CharterChange(k, old.GetValueOrDefault(k), now.GetValueOrDefault(k)))
            .Where(c => c.Old != c.New)];
    }

    private static void Flatten(string prefix, JsonObject json, SortedDictionary<string, string?> into)
    {
        foreach (var (key, value) in json)
        {
            var path = prefix.Length == 0 ? key : $"{prefix}.{key}";
            if (value is JsonObject inner)
                Flatten(path, inner, into);
            else
                into[path] = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString() ?? "null";
        }
    }
}
