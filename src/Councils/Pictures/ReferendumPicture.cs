using System.Text.Json.Nodes;
using System.Xml.Linq;
using Councils.Node.Views;

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
    private static readonly string[] Choices = ["yes", "no", "abstain"];

    /// <summary>Draws the count of a federation's agenda item decided by referendum.</summary>
    /// <param name="decision">The decision of the federation's motion (its count's report has the tallies per member body).</param>
    /// <param name="bodyNames">Names of member bodies by id; a body not in it is shown by the start of its id.</param>
    /// <param name="id">A prefix for the ids inside the SVG, unique on the page.</param>
    /// <exception cref="ArgumentException">The decision was not taken by referendum.</exception>
    public static string Render(DecisionView decision, IReadOnlyDictionary<string, string> bodyNames, string id = "referendum")
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(bodyNames);
        if (decision.Count["report"] is not JsonObject report || report["mode"]?.GetValue<string>() != "referendum")
            throw new ArgumentException("A referendum picture needs the count of a decision taken by referendum.", nameof(decision));
        var bodies = (report["bodies"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(b => new Tally(NameOf(b["body"]?.GetValue<string>() ?? "", bodyNames), Long(b["members"]), Long(b["yes"]), Long(b["no"]), Long(b["abstain"])))
            .ToList();
        var totals = report["totals"] as JsonObject ?? [];
        var total = new Tally("All member bodies", bodies.Sum(b => b.Members), Long(totals["yes"]), Long(totals["no"]), Long(totals["abstain"]));
        var matter = report["matter"]?.GetValue<string>() ?? "";

        var height = Top + ((bodies.Count + 1) * RowHeight) + 24 + 36;
        var width = NameWidth + BarWidth + 20;
        var svg = Svg.Root(id, width, height, $"Referendum on {matter}: {decision.Outcome}", Describe(decision.Outcome, matter, total, bodies));
        svg.Add(Svg.Text(8, 22, $"Referendum on {matter}: {decision.Outcome}", max: 60, weight: "bold", size: 16));
        svg.Add(Svg.Text(8, 42, $"yes {total.Yes} · no {total.No} · abstain {total.Abstain} of {total.Members} members", size: 13, fill: Palette.Muted));
        svg.Add(Row(total, Top, emphasised: true));
        svg.Add(Svg.Text(8, Top + RowHeight + 18, "By member body", weight: "bold", size: 13));
        for (var i = 0; i < bodies.Count; i++)
            svg.Add(Row(bodies[i], Top + 24 + ((i + 1) * RowHeight), emphasised: false));
        svg.Add(Svg.Text(8, height - 10, "Each bar is the body's members: yes, no, abstain, then those who did not vote (white).", size: 12, fill: Palette.Muted));
        return Svg.Write(svg);
    }

    private static XElement Row(Tally t, double y, bool emphasised)
    {
        var group = Svg.Group($"{t.Name}: {Words(t)}");
        if (emphasised)
            group.Add(Svg.Rect(2, y, NameWidth + BarWidth + 14, RowHeight - 4, Palette.Box));
        group.Add(Svg.Text(8, y + 22, t.Name, max: 24, weight: "bold"));
        var x = NameWidth;
        var whole = Math.Max(1, Math.Max(t.Members, t.Voted));
        foreach (var (part, colour, letter) in new[] { (t.Yes, Palette.Yes, "Y"), (t.No, Palette.No, "N"), (t.Abstain, Palette.Abstain, "A") })
        {
            // Only bar lengths are approximate; every figure is written out beside them.
            var w = BarWidth * part / whole;
            group.Add(Svg.Rect(x, y + 8, w, 20, colour));
            if (w >= 16)
                group.Add(Svg.Text(x + (w / 2), y + 23, letter, anchor: "middle", weight: "bold", size: 12, fill: Palette.Background));
            x += w;
        }
        group.Add(Svg.Rect(NameWidth, y + 8, BarWidth, 20, "none", Palette.Rule));
        group.Add(Svg.Text(NameWidth, y + 46, Words(t), max: 70, size: 12, fill: Palette.Ink));
        return group;
    }

    private static string Describe(string outcome, string matter, Tally total, IReadOnlyList<Tally> bodies) =>
        $"The referendum on {matter} was {outcome}: {Words(total)}. "
        + string.Join(" ", bodies.Select(b => $"{b.Name}: {Words(b)}."));

    private static string Words(Tally t) =>
        $"yes {t.Yes}, no {t.No}, abstain {t.Abstain}, did not vote {Math.Max(0, t.Members - t.Voted)}, of {t.Members} members";

    private static string NameOf(string body, IReadOnlyDictionary<string, string> names) =>
        names.TryGetValue(body, out var name) ? name : body.Length > 12 ? body[..12] + "…" : body;

    private static long Long(JsonNode? node) => RecordedCount.Whole(node) ?? 0;

    private sealed record Tally(string Name, long Members, long Yes, long No, long Abstain)
    {
        public long Voted => Yes + No + Abstain;
    }
}
