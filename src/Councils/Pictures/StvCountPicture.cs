using System.Globalization;
using System.Numerics;
using System.Xml.Linq;
using Councils.Domain.Counting;

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
    /// <param name="id">A prefix for the ids inside the SVG, unique on the page.</param>
    /// <exception cref="ArgumentException">The result has no stages (it is not an STV count).</exception>
    public static string Render(CountResult result, string id = "stv")
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Stages.Count == 0)
            throw new ArgumentException("An STV picture needs the stages of the count.", nameof(result));
        var stages = result.Stages;
        var rows = Enumerable.Range(0, result.Candidates.Count).Where(i => !result.Withdrawn.Contains(result.Candidates[i])).ToList();
        var width = NameWidth + (stages.Count * StageWidth) + 10;
        var height = HeaderHeight + (rows.Count * RowHeight) + (3 * FooterRow) + 34;
        var svg = Svg.Root(id, width, height, $"{result.Title}: {Method(result.Method)}{(stages.Count > 1 ? ", stage by stage" : "")}", Describe(result));
        var scale = Scale(result);

        svg.Add(Svg.Text(8, 20, Caption(result), weight: "bold"));
        for (var s = 0; s < stages.Count; s++)
        {
            var x = NameWidth + (s * StageWidth);
            svg.Add(Svg.Text(x + 6, 48, $"Stage {stages[s].Number}", weight: "bold"));
            svg.Add(Svg.Text(x + 6, 66, Action(stages[s]), max: 20, size: 12, fill: Palette.Muted));
        }
        svg.Add(Svg.Line(0, HeaderHeight - 4, width, HeaderHeight - 4, Palette.Rule));

        for (var r = 0; r < rows.Count; r++)
            svg.Add(Row(result, rows[r], HeaderHeight + (r * RowHeight), scale));

        var footer = HeaderHeight + (rows.Count * RowHeight) + 16;
        svg.Add(Figures("Non-transferable", footer, stages.Select(s => s.NonTransferable)));
        svg.Add(Figures("Loss to truncation", footer + FooterRow, stages.Select(s => s.LossToTruncation)));
        svg.Add(Figures("Total", footer + (2 * FooterRow), stages.Select(s => s.Total)));
        svg.Add(Svg.Text(8, height - 10, "Bars: votes; dashed line: the quota; (+n) the votes transferred at that stage.", size: 12, fill: Palette.Muted));
        return Svg.Write(svg);
    }

    private static XElement Row(CountResult result, int candidate, double y, BigInteger scale)
    {
        var name = result.Candidates[candidate];
        var (elected, excluded) = Fate(result, name);
        var group = Svg.Group(name);
        group.Add(Svg.Text(8, y + 18, name, max: 24, weight: "bold"));
        group.Add(Svg.Text(8, y + 36, Status(result, name, elected, excluded), max: 30, size: 12, fill: Palette.Muted));
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
            var mark = stage.Elected.Contains(name) ? "✓ elected" : stage.Excluded.Contains(name) ? "✗ excluded" : s > 0 ? Change(result.Stages[s - 1].Votes[candidate], votes) : "";
            if (mark.Length > 0)
                group.Add(Svg.Text(x + 6, y + 33, mark, size: 11,
                    weight: mark[0] is '✓' or '✗' ? "bold" : null,
                    fill: mark[0] == '✓' ? Palette.Elected : Palette.Muted));
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

    private static string Describe(CountResult result)
    {
        var elected = result.Winners.Select(w => $"{w} (stage {Fate(result, w).Elected?.ToString(CultureInfo.InvariantCulture) ?? "last"})");
        var excluded = result.Stages.SelectMany(s => s.Excluded.Select(x => $"{x} (stage {s.Number})")).ToList();
        var steps = result.Stages.Select(s => $"stage {s.Number}: {Action(s)}");
        var tie = result.TieBreak.Used ? " A tie was settled by lot." : "";
        return $"{Caption(result)}. Elected: {Svg.List(elected)}. "
            + (excluded.Count > 0 ? $"Excluded: {Svg.List(excluded)}. " : "")
            + $"{result.Stages.Count} stages: {string.Join("; ", steps)}.{tie}"
            + (Truncated(result) ? $" Figures are shown cut to {MaxDecimals} decimals; the record holds them all." : "");
    }

    private static string Caption(CountResult result) =>
        $"{Method(result.Method)}, {result.Seats} seat{(result.Seats == 1 ? "" : "s")}, {result.ValidBallots.ToString(CultureInfo.InvariantCulture)} valid ballots"
        + (result.Quota is { } q ? $", quota {Show(q)}" : "");

    private static string Method(string method) => method switch
    {
        "scottish-stv" => "single transferable vote (Scottish rules)",
        "meek-stv" => "single transferable vote (Meek's rules)",
        "irv" => "instant-runoff vote",
        "approval" => "approval vote",
        "score" => "score vote",
        _ => method,
    };

    private static string Action(CountStage stage) => stage.Action switch
    {
        StageAction.Surplus => $"surplus of {stage.Subject}",
        StageAction.Exclusion => $"exclusion of {stage.Subject}",
        StageAction.Iteration => "keep factors iterated",
        _ => "first count",
    };

    private static string Status(CountResult result, string name, int? elected, int? excluded)
    {
        var place = result.Winners.ToList().IndexOf(name);
        if (place >= 0)
            return elected is { } e ? $"elected {Ordinal(place + 1)}, stage {e}" : $"elected {Ordinal(place + 1)}";
        return excluded is { } x ? $"excluded at stage {x}" : "not elected";
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

    private static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

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
