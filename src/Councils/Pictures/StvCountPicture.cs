using System.Numerics;
using System.Xml.Linq;
using Councils.Domain.Counting;
using Councils.Web;
using Microsoft.Extensions.Localization;

namespace Councils.Pictures;

/// <summary>
/// An STV count round by round: one row per candidate, one column per stage, each cell the
/// candidate's votes at the end of that stage as the count gives them, the change from the stage
/// before (the transfer), and a bar against the quota. Elected and excluded candidates are marked in
/// words as well as in colour.
/// </summary>
public static class StvCountPicture
{
    private const double NameWidth = 200;
    private const double StageWidth = 150;
    private const double HeaderHeight = 78;
    private const double RowHeight = 60;
    private const double FooterRow = 22;
    private const int MaxDecimals = 5;

    /// <summary>Draws the stages of an STV count (Scottish or Meek); an instant-runoff, approval or score count, which has stages too, draws the same way.</summary>
    /// <param name="result">The count, with its stages; from <c>ScottishStv</c>/<c>MeekStv</c> or <see cref="RecordedCount.Of"/>.</param>
    /// <param name="text">The page's words (keys <c>picture.stv.…</c>).</param>
    /// <param name="id">A prefix for the ids inside the SVG, unique on the page.</param>
    /// <exception cref="ArgumentException">The result has no stages (it is not an STV count).</exception>
    public static string Render(CountResult result, IStringLocalizer<Text> text, string id = "stv")
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(text);
        if (result.Stages.Count == 0)
            throw new ArgumentException("An STV picture needs the stages of the count.", nameof(result));
        var stages = result.Stages;
        var rows = Enumerable.Range(0, result.Candidates.Count).Where(i => !result.Withdrawn.Contains(result.Candidates[i])).ToList();
        var width = NameWidth + (stages.Count * StageWidth) + 10;
        var height = HeaderHeight + (rows.Count * RowHeight) + (3 * FooterRow) + 34;
        var svg = Svg.Root(id, width, height, text.Say(stages.Count > 1 ? "stv.titleStages" : "stv.title", result.Title, Method(result.Method, text)), Describe(result, text));
        var scale = Scale(result);

        svg.Add(Svg.Text(8, 20, Caption(result, text), weight: "bold"));
        for (var s = 0; s < stages.Count; s++)
        {
            var x = NameWidth + (s * StageWidth);
            svg.Add(Svg.Text(x + 6, 48, text.Say("stv.stage", stages[s].Number), weight: "bold"));
            svg.Add(Svg.Text(x + 6, 66, Action(stages[s], text), max: 20, size: 12, fill: Palette.Muted));
        }
        svg.Add(Svg.Line(0, HeaderHeight - 4, width, HeaderHeight - 4, Palette.Rule));

        for (var r = 0; r < rows.Count; r++)
            svg.Add(Row(result, rows[r], HeaderHeight + (r * RowHeight), scale, text));

        var footer = HeaderHeight + (rows.Count * RowHeight) + 16;
        svg.Add(Figures(text.Say("stv.nonTransferable"), footer, stages.Select(s => s.NonTransferable)));
        svg.Add(Figures(text.Say("stv.lossToTruncation"), footer + FooterRow, stages.Select(s => s.LossToTruncation)));
        svg.Add(Figures(text.Say("stv.total"), footer + (2 * FooterRow), stages.Select(s => s.Total)));
        svg.Add(Svg.Text(8, height - 10, text.Say("stv.legend"), size: 12, fill: Palette.Muted));
        return Svg.Write(svg);
    }

    private static XElement Row(CountResult result, int candidate, double y, BigInteger scale, IStringLocalizer<Text> text)
    {
        var name = result.Candidates[candidate];
        var (elected, excluded) = Fate(result, name);
        var group = Svg.Group(name);
        group.Add(Svg.Text(8, y + 18, name, max: 24, weight: "bold"));
        group.Add(Svg.Text(8, y + 36, Status(result, name, elected, excluded, text), max: 30, size: 12, fill: Palette.Muted));
        for (var s = 0; s < result.Stages.Count; s++)
        {
            var stage = result.Stages[s];
            var x = NameWidth + (s * StageWidth);
            var isElected = elected is { } e && stage.Number >= e;
            var isExcluded = excluded is { } x2 && stage.Number >= x2;
            if (isElected || isExcluded)
                group.Add(Svg.Rect(x + 2, y + 2, StageWidth - 4, RowHeight - 4, isElected ? Palette.ElectedFill : Palette.ExcludedFill));
            var votes = stage.Votes[candidate];
            group.Add(Svg.Text(x + 6, y + 18, Show(votes), fill: isExcluded ? Palette.Muted : Palette.Ink));
            var (electedHere, excludedHere) = (stage.Elected.Contains(name), stage.Excluded.Contains(name));
            var mark = electedHere ? text.Say("stv.electedMark") : excludedHere ? text.Say("stv.excludedMark") : s > 0 ? Change(result.Stages[s - 1].Votes[candidate], votes) : "";
            if (mark.Length > 0)
                group.Add(Svg.Text(x + 6, y + 33, mark, size: 11,
                    weight: electedHere || excludedHere ? "bold" : null,
                    fill: electedHere ? Palette.Elected : Palette.Muted));
            var barWidth = Fraction(votes.Units, scale) * (StageWidth - 16);
            group.Add(Svg.Rect(x + 6, y + 40, barWidth, 10, isExcluded ? Palette.Excluded : Palette.Bar));
            if ((stage.Quota ?? result.Quota) is { } quota)
            {
                var qx = x + 6 + (Fraction(quota.Units, scale) * (StageWidth - 16));
                group.Add(Svg.Line(qx, y + 36, qx, y + 55, Palette.Ink, 1.5, dashed: true));
            }
        }
        group.Add(Svg.Line(0, y + RowHeight, NameWidth + (result.Stages.Count * StageWidth), y + RowHeight, Palette.Box));
        return group;
    }

    private static XElement Figures(string label, double y, IEnumerable<VoteValue> values)
    {
        var group = Svg.Group(label, Svg.Text(8, y, label, size: 12, fill: Palette.Muted));
        var s = 0;
        foreach (var value in values)
            group.Add(Svg.Text(NameWidth + (s++ * StageWidth) + 6, y, Show(value), size: 12, fill: Palette.Muted));
        return group;
    }

    private static string Describe(CountResult result, IStringLocalizer<Text> text)
    {
        var elected = result.Winners.Select(w => Fate(result, w).Elected is { } stage ? text.Say("stv.atStage", w, stage) : text.Say("stv.atLastStage", w));
        var excluded = result.Stages.SelectMany(s => s.Excluded.Select(x => text.Say("stv.atStage", x, s.Number))).ToList();
        var steps = result.Stages.Select(s => text.Say("stv.step", s.Number, Action(s, text)));
        return text.Say("stv.describe", Caption(result, text), text.List(elected))
            + (excluded.Count > 0 ? " " + text.Say("stv.describeExcluded", text.List(excluded)) : "")
            + " " + text.Count("stv.describeStages", result.Stages.Count, string.Join("; ", steps))
            + (result.TieBreak.Used ? " " + text.Say("stv.tie") : "")
            + (Truncated(result) ? " " + text.Say("stv.truncated", MaxDecimals) : "");
    }

    private static string Caption(CountResult result, IStringLocalizer<Text> text) =>
        text.Say("stv.caption", Method(result.Method, text), text.Count("stv.seats", result.Seats), text.Count("stv.validBallots", result.ValidBallots))
        + (result.Quota is { } q ? text.Say("stv.quota", Show(q)) : "");

    private static string Method(string method, IStringLocalizer<Text> text) => text.Name("method", method);

    private static string Action(CountStage stage, IStringLocalizer<Text> text) => stage.Action switch
    {
        StageAction.Surplus => text.Say("stv.surplus", stage.Subject ?? ""),
        StageAction.Exclusion => text.Say("stv.exclusion", stage.Subject ?? ""),
        StageAction.Iteration => text.Say("stv.iteration"),
        _ => text.Say("stv.firstCount"),
    };

    private static string Status(CountResult result, string name, int? elected, int? excluded, IStringLocalizer<Text> text)
    {
        var place = result.Winners.ToList().IndexOf(name);
        if (place >= 0)
            return elected is { } e ? text.Say("stv.electedAt", Ordinal(place + 1, text), e) : text.Say("stv.elected", Ordinal(place + 1, text));
        return excluded is { } x ? text.Say("stv.excludedAt", x) : text.Say("stv.notElected");
    }

    private static (int? Elected, int? Excluded) Fate(CountResult result, string name) =>
        (result.Stages.FirstOrDefault(s => s.Elected.Contains(name))?.Number,
         result.Stages.FirstOrDefault(s => s.Excluded.Contains(name))?.Number);

    private static string Change(VoteValue before, VoteValue after)
    {
        if (before.Decimals != after.Decimals || before.Units == after.Units)
            return "";
        var change = new VoteValue(after.Units - before.Units, after.Decimals);
        return $"({(change.Units.Sign > 0 ? "+" : "")}{Show(change)})";
    }

    private static string Show(VoteValue value) => value.ToString(MaxDecimals);

    private static bool Truncated(CountResult result) => result.Stages.Any(s => s.Total.Decimals > MaxDecimals);

    // English needs four endings (1st, 2nd, 3rd, 4th); a language with one gives the same text for all.
    private static string Ordinal(int n, IStringLocalizer<Text> text) =>
        text.Say((n % 100) is 11 or 12 or 13 ? "stv.ordinal.th" : (n % 10) switch { 1 => "stv.ordinal.st", 2 => "stv.ordinal.nd", 3 => "stv.ordinal.rd", _ => "stv.ordinal.th" }, n);

    // The longest bar: the largest figure of any stage, or the quota. Units share one scale in a count.
    private static BigInteger Scale(CountResult result)
    {
        var max = result.Quota?.Units ?? BigInteger.Zero;
        foreach (var stage in result.Stages)
        {
            foreach (var v in stage.Votes)
                max = BigInteger.Max(max, v.Units);
        }
        return max.IsZero ? BigInteger.One : max;
    }

    // Only bar lengths go through floating point; every figure shown is the count's own.
    private static double Fraction(BigInteger part, BigInteger whole) => Math.Clamp((double)part / (double)whole, 0, 1);
}
