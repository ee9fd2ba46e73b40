using System.Text.Json.Nodes;
using System.Xml.Linq;
using Councils.Node.Views;
using Councils.Web;
using Microsoft.Extensions.Localization;

namespace Councils.Pictures;

/// <summary>
/// A federation's referendum: the total first, then one bar per member body, each split into
/// yes, no, abstain and did not vote out of the body's members, every part also written in figures.
/// </summary>
public static class ReferendumPicture
{
    private const double NameWidth = 190;
    private const double BarWidth = 380;
    private const double Top = 58;
    private const double RowHeight = 56;

    /// <summary>Draws the count of a federation's agenda item decided by referendum.</summary>
    /// <param name="decision">The decision of the federation's motion (its count's report has the tallies per member body).</param>
    /// <param name="bodyNames">Names of member bodies by id; a body not in it is shown by the start of its id.</param>
    /// <param name="text">The page's words (keys <c>picture.referendum.…</c>; the outcome from <c>outcome.…</c>).</param>
    /// <param name="id">A prefix for the ids inside the SVG, unique on the page.</param>
    /// <exception cref="ArgumentException">The decision was not taken by referendum.</exception>
    public static string Render(DecisionView decision, IReadOnlyDictionary<string, string> bodyNames, IStringLocalizer<Text> text, string id = "referendum")
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(bodyNames);
        ArgumentNullException.ThrowIfNull(text);
        if (decision.Count["report"] is not JsonObject report || report["mode"]?.GetValue<string>() != "referendum")
            throw new ArgumentException("A referendum picture needs the count of a decision taken by referendum.", nameof(decision));
        var bodies = (report["bodies"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(b => new Tally(NameOf(b["body"]?.GetValue<string>() ?? "", bodyNames), Long(b["members"]), Long(b["yes"]), Long(b["no"]), Long(b["abstain"])))
            .ToList();
        var totals = report["totals"] as JsonObject ?? [];
        var total = new Tally(text.Say("referendum.all"), bodies.Sum(b => b.Members), Long(totals["yes"]), Long(totals["no"]), Long(totals["abstain"]));
        var matter = report["matter"]?.GetValue<string>() ?? "";

        var height = Top + ((bodies.Count + 1) * RowHeight) + 24 + 36;
        var width = NameWidth + BarWidth + 20;
        var outcome = text.Of("outcome", decision.Outcome);
        var title = text.Say("referendum.title", matter, outcome);
        var svg = Svg.Root(id, width, height, title, Describe(outcome, matter, total, bodies, text));
        svg.Add(Svg.Text(8, 22, title, max: 60, weight: "bold", size: 16));
        svg.Add(Svg.Text(8, 42, text.Count("referendum.totals", total.Members, total.Yes, total.No, total.Abstain), size: 13, fill: Palette.Muted));
        svg.Add(Row(total, Top, emphasised: true, text));
        svg.Add(Svg.Text(8, Top + RowHeight + 18, text.Say("referendum.byBody"), weight: "bold", size: 13));
        for (var i = 0; i < bodies.Count; i++)
            svg.Add(Row(bodies[i], Top + 24 + ((i + 1) * RowHeight), emphasised: false, text));
        svg.Add(Svg.Text(8, height - 10, text.Say("referendum.legend"), max: 100, size: 12, fill: Palette.Muted));
        return Svg.Write(svg);
    }

    private static XElement Row(Tally t, double y, bool emphasised, IStringLocalizer<Text> text)
    {
        var group = Svg.Group($"{t.Name}: {Words(t, text)}");
        if (emphasised)
            group.Add(Svg.Rect(2, y, NameWidth + BarWidth + 14, RowHeight - 4, Palette.Box));
        group.Add(Svg.Text(8, y + 22, t.Name, max: 24, weight: "bold"));
        var x = NameWidth;
        var whole = Math.Max(1, Math.Max(t.Members, t.Voted));
        foreach (var (part, colour, letter) in new[] { (t.Yes, Palette.Yes, text.Say("referendum.yesLetter")), (t.No, Palette.No, text.Say("referendum.noLetter")), (t.Abstain, Palette.Abstain, text.Say("referendum.abstainLetter")) })
        {
            // Only bar lengths are approximate; every figure is written out beside them.
            var w = BarWidth * part / whole;
            group.Add(Svg.Rect(x, y + 8, w, 20, colour));
            if (w >= 16)
                group.Add(Svg.Text(x + (w / 2), y + 23, letter, anchor: "middle", weight: "bold", size: 12, fill: Palette.Background));
            x += w;
        }
        group.Add(Svg.Rect(NameWidth, y + 8, BarWidth, 20, "none", Palette.Rule));
        group.Add(Svg.Text(NameWidth, y + 46, Words(t, text), max: 70, size: 12, fill: Palette.Ink));
        return group;
    }

    private static string Describe(string outcome, string matter, Tally total, IReadOnlyList<Tally> bodies, IStringLocalizer<Text> text) =>
        text.Say("referendum.describe", matter, outcome, Words(total, text)) + " "
        + string.Join(" ", bodies.Select(b => text.Say("referendum.describeBody", b.Name, Words(b, text))));

    private static string Words(Tally t, IStringLocalizer<Text> text) =>
        text.Count("referendum.tally", t.Members, t.Yes, t.No, t.Abstain, Math.Max(0, t.Members - t.Voted));

    private static string NameOf(string body, IReadOnlyDictionary<string, string> names) =>
        names.TryGetValue(body, out var name) ? name : body.Length > 12 ? body[..12] + "…" : body;

    private static long Long(JsonNode? node) => RecordedCount.Whole(node) ?? 0;

    private sealed record Tally(string Name, long Members, long Yes, long No, long Abstain)
    {
        public long Voted => Yes + No + Abstain;
    }
}
