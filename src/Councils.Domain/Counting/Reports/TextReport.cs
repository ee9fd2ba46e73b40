namespace Councils.Domain.Counting.Reports;

/// <summary>Writes a result as a readable report, stage by stage, or with the Schulze matrices.</summary>
internal static class TextReport
{
    /// <summary>Meek counts carry thirty or more decimals; nine are enough to read, the JSON keeps them all.</summary>
    private const int ShownDecimals = 9;

    public static void Write(CountResult r, TextWriter w)
    {
        w.WriteLine($"Election: {r.Title}");
        w.WriteLine($"Method: {r.Method}");
        w.WriteLine($"Seats: {r.Seats}");
        w.WriteLine($"Valid ballots: {r.ValidBallots}");
        if (r.Quota is { } quota)
            w.WriteLine($"Quota: {quota.ToString(ShownDecimals)}");
        if (r.Withdrawn.Count > 0)
            w.WriteLine($"Withdrawn: {string.Join(", ", r.Withdrawn)}");
        foreach (var note in r.Notes)
            w.WriteLine($"Note: {note}");
        if (r.Matrices is { } m)
            Matrices(w, m);
        var width = r.Candidates.Select(c => c.Length).Append("Loss to truncation".Length).Max() + 2;
        foreach (var s in r.Stages)
        {
            w.WriteLine();
            w.WriteLine($"Stage {s.Number}: {StageNames.Describe(s)}");
            for (var c = 0; c < r.Candidates.Count; c++)
                w.WriteLine($"  {r.Candidates[c].PadRight(width)}{s.Votes[c].ToString(ShownDecimals),20}");
            w.WriteLine($"  {"Non-transferable".PadRight(width)}{s.NonTransferable.ToString(ShownDecimals),20}");
            w.WriteLine($"  {"Loss to truncation".PadRight(width)}{s.LossToTruncation.ToString(ShownDecimals),20}");
            w.WriteLine($"  {"Total".PadRight(width)}{s.Total.ToString(ShownDecimals),20}");
            if (s.Quota is { } q)
                w.WriteLine($"  {"Quota".PadRight(width)}{q.ToString(ShownDecimals),20}");
            if (s.Elected.Count > 0)
                w.WriteLine($"  Elected: {string.Join(", ", s.Elected)}");
            if (s.Excluded.Count > 0)
                w.WriteLine($"  Excluded: {string.Join(", ", s.Excluded)}");
            foreach (var note in s.Notes)
                w.WriteLine($"  Note: {note}");
        }
        w.WriteLine();
        if (r.Ranking.Count > 0)
            w.WriteLine($"Ranking: {string.Join(" > ", r.Ranking.Select(g => string.Join(" = ", g)))}");
        w.WriteLine($"Winners: {string.Join(", ", r.Winners)}");
        w.WriteLine(r.Ties.Count == 0 ? "Ties: none" : $"Ties: {string.Join("; ", r.Ties.Select(t => string.Join(" = ", t)))}");
        w.WriteLine($"Lot (seed {r.TieBreak.Seed}){(r.TieBreak.Used ? ", used" : ", not needed")}: {string.Join(", ", r.TieBreak.Order)}");
    }

    private static void Matrices(TextWriter w, Schulze.SchulzeMatrices m)
    {
        var width = Math.Max(8, m.Options.Max(o => o.Length) + 2);
        void Table(string title, Func<int, int, string> cell)
        {
            w.WriteLine();
            w.WriteLine(title);
            w.WriteLine("".PadRight(width) + string.Concat(m.Options.Select(o => o.PadLeft(width))));
            for (var x = 0; x < m.Options.Count; x++)
                w.WriteLine(m.Options[x].PadRight(width) + string.Concat(Enumerable.Range(0, m.Options.Count).Select(y => (x == y ? "-" : cell(x, y)).PadLeft(width))));
        }
        Table("Pairwise preferences (row over column):", (x, y) => m.Pairwise[x][y].ToString(System.Globalization.CultureInfo.InvariantCulture));
        Table($"Strongest paths ({m.Strength}):", (x, y) => m.StrongestPaths[x][y].ToString());
    }
}
