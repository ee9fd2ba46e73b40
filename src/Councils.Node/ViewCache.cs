using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Councils.Node;

/// <summary>
/// A body's views (its own, its motions') kept until its log grows or the clock reaches a time the view depends on
/// (a motion's closing time, when its status reads "closed"). Reads check the log's head with one small query, so a
/// view is never staler than the stored log, even when another writer (the command line on the same data folder, a
/// second node on the same database) appended. The views handed out are shared: nothing may change them, and their
/// JSON is materialised whole before they are kept (<see cref="Eager"/>), so concurrent reads never race to build it.
/// </summary>
internal sealed class ViewCache
{
    /// <summary>Past this many views the cache starts again empty: enough for every motion a busy node shows.</summary>
    private const int MostKept = 20_000;

    private readonly ConcurrentDictionary<(string Body, long Motion), Entry> _entries = new();

    /// <summary>The kept view of <paramref name="body"/> (motion 0: the body itself) at log head <paramref name="head"/>, if still valid at <paramref name="now"/>.</summary>
    public T? Get<T>(string body, long motion, long head, long now) where T : class =>
        _entries.TryGetValue((body, motion), out var entry) && entry.Head == head && now < entry.ValidUntil ? entry.View as T : null;

    /// <summary>Keeps <paramref name="view"/> of the log at <paramref name="head"/> until <paramref name="validUntil"/> (Unix ms).</summary>
    public T Keep<T>(string body, long motion, long head, long validUntil, T view) where T : class
    {
        if (_entries.Count >= MostKept)
            _entries.Clear();
        _entries[(body, motion)] = new Entry(head, validUntil, view);
        return view;
    }

    /// <summary>Parses a JSON object and builds every node of it now, so later reads from many threads only read.</summary>
    public static JsonObject Eager(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        Touch(node);
        return node;
    }

    private static void Touch(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o)
                    Touch(child);
                break;
            case JsonArray a:
                foreach (var child in a)
                    Touch(child);
                break;
        }
    }

    private sealed record Entry(long Head, long ValidUntil, object View);
}
