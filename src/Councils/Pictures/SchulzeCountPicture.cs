using Councils.Domain.Counting;
using Councils.Domain.Counting.Schulze;
using Councils.Web;
using Microsoft.Extensions.Localization;

namespace Councils.Pictures;

/// <summary>
/// A Schulze count: the pairwise matrix as a heat map, each cell labelled with the number of
/// voters who rank the row's option above the column's, darker for more; the defeats on the
/// winner's strongest paths to every other option outlined, and those paths written out below.
/// </summary>
public static class SchulzeCountPicture
{
    private const double LabelWidth = 170;
    private const double Cell = 64;
    private const double Top = 92;
    private const double PathLine = 20;

    /// <summary>Draws the matrices of a Schulze count.</summary>
    /// <param name="result">The count with its matrices; from <c>SchulzeMethod</c> or <see cref="RecordedCount.Of"/>.</param>
    /// <param name="text">The page's words (keys <c>picture.schulze.…</c>).</param>
    /// <param name="id">A prefix for the ids inside the SVG, unique on the page.</param>
    /// <exception cref="ArgumentException">The result has no matrices (it is not a Schulze count).</exception>
    public static string Render(CountResult result, IStringLocalizer<Text> text, string id = "schulze")
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(text);
        var m = result.Matrices ?? throw new ArgumentException("A Schulze picture needs the matrices of the count.", nameof(result));
        var n = m.Options.Count;
        var winner = result.Winners.Count > 0 ? m.Options.ToList().IndexOf(result.Winners[0]) : -1;
        var paths = winner < 0 ? [] : StrongestPathsFrom(m, winner);
        var onPath = paths.SelectMany(p => p.Path.Zip(p.Path.Skip(1))).ToHashSet();
        var width = Math.Max(LabelWidth + (n * Cell) + 10, 640);
        var height = Top + (n * Cell) + 60 + (paths.Count * PathLine);
        var svg = Svg.Root(id, width, height, text.Say("schulze.title", result.Title), Describe(result, m, paths, text));

        svg.Add(Svg.Text(8, 20, text.Count("schulze.heading", result.ValidBallots), weight: "bold"));
        svg.Add(Svg.Text(8, 40, winner < 0 ? text.Say("schulze.keyNoWinner") : text.Say("schulze.key", m.Options[winner]), max: 90, size: 12, fill: Palette.Muted));
        var max = Math.Max(1, m.Pairwise.SelectMany(r => r).DefaultIfEmpty(0).Max());
        for (var c = 0; c < n; c++)
            svg.Add(Svg.Text(LabelWidth + (c * Cell) + (Cell / 2), Top - 10, m.Options[c], max: 7, anchor: "middle", weight: "bold", size: 12));
        for (var r = 0; r < n; r++)
        {
            var y = Top + (r * Cell);
            var row = Svg.Group(text.Say("schulze.rowGroup", m.Options[r]));
            row.Add(Svg.Text(8, y + (Cell / 2) + 5, (r == winner ? "★ " : "") + m.Options[r], max: 20, weight: r == winner ? "bold" : null));
            for (var c = 0; c < n; c++)
            {
                var x = LabelWidth + (c * Cell);
                if (r == c)
                {
                    row.Add(Svg.Rect(x, y, Cell, Cell, Palette.Box, Palette.Rule));
                    row.Add(Svg.Text(x + (Cell / 2), y + (Cell / 2) + 5, "–", anchor: "middle", fill: Palette.Muted));
                    continue;
                }
                var votes = m.Pairwise[r][c];
                var step = (int)Math.Min(Palette.Heat.Length - 1, votes * Palette.Heat.Length / max);
                row.Add(Svg.Rect(x, y, Cell, Cell, Palette.Heat[step], Palette.Rule));
                row.Add(Svg.Text(x + (Cell / 2), y + (Cell / 2) + 5, Svg.N(votes), anchor: "middle", size: 15,
                    weight: votes > m.Pairwise[c][r] ? "bold" : null));
            }
            svg.Add(row);
        }
        // Outlines last, so no neighbouring cell covers them.
        foreach (var (r, c) in onPath.Order())
            svg.Add(Svg.Rect(LabelWidth + (c * Cell) + 2, Top + (r * Cell) + 2, Cell - 4, Cell - 4, "none", Palette.Focus, 4));

        var below = Top + (n * Cell) + 30;
        if (paths.Count > 0)
            svg.Add(Svg.Text(8, below, text.Say("schulze.paths", m.Options[winner], Measure(m.Strength, text)), weight: "bold"));
        for (var i = 0; i < paths.Count; i++)
            svg.Add(Svg.Text(8, below + ((i + 1) * PathLine), Words(m, paths[i], text), max: 110, size: 13));
        return Svg.Write(svg);
    }

    private static string Describe(CountResult result, SchulzeMatrices m, IReadOnlyList<StrongestPath> paths, IStringLocalizer<Text> text)
    {
        var winner = result.Winners.Count > 0 ? text.Say("schulze.winner", result.Winners[0]) : text.Say("schulze.noWinner");
        var tie = result.Ties.Count > 0
            ? " " + text.Say("schulze.tie", string.Join("; ", result.Ties.Select(text.List)))
            : "";
        var ranking = result.Ranking.Count > 0 ? " " + text.Say("schulze.ranking", string.Join(" > ", result.Ranking.Select(g => string.Join(" = ", g)))) : "";
        var pairs = string.Join("; ", Enumerable.Range(0, m.Options.Count).SelectMany(r => Enumerable.Range(0, m.Options.Count)
            .Where(c => c != r).Select(c => text.Say("schulze.pair", m.Options[r], m.Options[c], m.Pairwise[r][c]))));
        var strongest = paths.Count > 0 ? " " + string.Join(" ", paths.Select(p => Words(m, p, text) + ".")) : "";
        return $"{winner}{tie}{ranking} {text.Count("schulze.pairs", result.ValidBallots, pairs)}{strongest}";
    }

    private static string Words(SchulzeMatrices m, StrongestPath p, IStringLocalizer<Text> text) =>
        text.Say("schulze.path", m.Options[p.Path[0]], m.Options[p.Path[^1]], string.Join(" > ", p.Path.Select(i => m.Options[i])), p.Strength.ToString());

    private static string Measure(SchulzeStrength strength, IStringLocalizer<Text> text) => strength switch
    {
        SchulzeStrength.Margins => text.Say("schulze.byMargins"),
        SchulzeStrength.Ratio => text.Say("schulze.byRatio"),
        _ => text.Say("schulze.byWinningVotes"),
    };

    /// <summary>
    /// The path behind each strongest-path strength from the winner: only defeats at least as strong
    /// as the recorded strength are followed, so any path found has exactly that strength. The
    /// matrices keep strengths, not paths; this finds one (the fewest steps, then the lowest index).
    /// </summary>
    private static List<StrongestPath> StrongestPathsFrom(SchulzeMatrices m, int from)
    {
        var n = m.Options.Count;
        var found = new List<StrongestPath>();
        for (var to = 0; to < n; to++)
        {
            var strength = m.StrongestPaths[from][to];
            if (to == from || strength.Numerator == 0)
                continue;
            var previous = Enumerable.Repeat(-1, n).ToArray();
            previous[from] = from;
            var queue = new Queue<int>([from]);
            while (queue.Count > 0 && previous[to] < 0)
            {
                var at = queue.Dequeue();
                for (var next = 0; next < n; next++)
                {
                    var defeat = Defeat(m, at, next);
                    if (previous[next] < 0 && defeat.Numerator != 0 && defeat >= strength)
                    {
                        previous[next] = at;
                        queue.Enqueue(next);
                    }
                }
            }
            if (previous[to] < 0)
                continue;
            var path = new List<int> { to };
            while (path[^1] != from)
                path.Add(previous[path[^1]]);
            path.Reverse();
            found.Add(new StrongestPath(path, strength));
        }
        return found;
    }

    private static PathStrength Defeat(SchulzeMatrices m, int x, int y)
    {
        if (x == y)
            return PathStrength.None;
        var (won, lost) = (m.Pairwise[x][y], m.Pairwise[y][x]);
        if (won <= lost)
            return PathStrength.None;
        return m.Strength switch
        {
            SchulzeStrength.Margins => new PathStrength(won - lost, 1),
            SchulzeStrength.Ratio => new PathStrength(won, lost),
            _ => new PathStrength(won, 1),
        };
    }

    private sealed record StrongestPath(IReadOnlyList<int> Path, PathStrength Strength);
}
