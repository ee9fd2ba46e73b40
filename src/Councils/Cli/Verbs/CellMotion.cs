using System.Text.Json.Nodes;
using Councils.Node;
using Councils.Node.Requests;
using Councils.Node.Views;

namespace Councils.Cli.Verbs;

/// <summary>
/// What the federation verbs share: a cell acts towards a federation by a motion with an effect,
/// which its members then vote on and close as any other; the verb only writes the effect.
/// </summary>
internal static class CellMotion
{
    /// <summary>Reads the options every such verb takes (<c>--by</c>, <c>--title</c>, <c>--text</c>).</summary>
    public static (string By, string? Title, string? Text) Read(Args args) => (args.Required("by"), args.Optional("title"), args.Optional("text"));

    /// <summary>Opens the motion and prints its id, when it closes, and what carrying it does.</summary>
    public static async Task<int> OpenAsync(CliContext c, INode node, string cell, (string By, string? Title, string? Text) how, string title, JsonObject effect, string carries)
    {
        var opened = await node.OpenMotionAsync(cell, new OpenMotion(how.By, how.Title ?? title, how.Text, null, effect), c.Cancellation);
        return await c.PrintAsync(opened, v => Opened(v) + $" If it carries, {carries}.");
    }

    /// <summary>"Opened motion 7 in putilov-works: … (closes …)."</summary>
    public static string Opened(MotionView v) => $"Opened motion {v.Id} in {v.Body}: {v.Title} (closes {MotionVerbs.Time(v.ClosesAt)}).";

    /// <summary>Names separated by commas, trimmed, empty ones dropped.</summary>
    public static string[] List(string text) => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static JsonArray Array(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)i)]);

    /// <summary>The key of the body's member named by handle, name or key; null if none is.</summary>
    public static string? KeyOf(BodyView body, string who) =>
        body.Members.FirstOrDefault(m => m.Handle == who || m.Key == who)?.Key
        ?? body.Members.Where(m => string.Equals(m.Name, who, StringComparison.OrdinalIgnoreCase)).Select(m => m.Key).FirstOrDefault();

    /// <summary>A member's name, by key, as the body has it; the key itself if it is no member's.</summary>
    public static string NameOf(BodyView body, string key) => body.Members.FirstOrDefault(m => m.Key == key)?.Name ?? key;
}
