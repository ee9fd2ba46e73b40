namespace Councils.Domain.Counting.Reports;

/// <summary>Writes a result as CSV (RFC 4180): one row per stage, or per option for Schulze.</summary>
internal static class CsvReport
{
    public static void Write(CountResult r, TextWriter writer)
    {
        if (r.Matrices is { } m)
        {
            Row(writer, ["option", "rank", .. m.Options.Select(o => $"pairwise over {o}"), .. m.Options.Select(o => $"strongest path to {o}")]);
            for (var x = 0; x < m.Options.Count; x++)
            {
                var rank = r.Ranking.Select((g, i) => (g, i)).FirstOrDefault(t => t.g.Contains(m.Options[x])).i + 1;
                Row(writer, [m.Options[x], rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    .. m.Pairwise[x].Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    .. m.StrongestPaths[x].Select(p => p.ToString())]);
            }
            return;
        }
        Row(writer, ["stage", "action", "subject", .. r.Candidates, "non-transferable", "loss to truncation", "total", "elected", "excluded"]);
        foreach (var s in r.Stages)
        {
            Row(writer, [s.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), StageNames.Action(s.Action), s.Subject ?? "",
                .. s.Votes.Select(v => v.ToString()), s.NonTransferable.ToString(), s.LossToTruncation.ToString(), s.Total.ToString(),
                string.Join("; ", s.Elected), string.Join("; ", s.Excluded)]);
        }
    }

    private static void Row(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(',', fields.Select(Quote)));
        writer.Write("\r\n");
    }

    /// <summary>Quotes a field that holds a separator, a quote, a line break, or spaces at either end (some names end in a space).</summary>
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])))
            ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : field;
}
