using System.Globalization;

namespace Councils.Domain.Counting.Formats;

/// <summary>
/// Reads PrefLib order files: .soc (strict, complete), .soi (strict, incomplete), .toc (ties,
/// complete) and .tol (ties, incomplete), in the current format (metadata in "# KEY: value" lines,
/// orders "count: 1,2,{3,4}") or the older one (alternatives listed as "i,name", orders
/// "count,1,2,{3,4}"). Braces group equally ranked alternatives.
/// </summary>
public static class PrefLibReader
{
    /// <summary>Reads a PrefLib file of the given kind ("soc", "soi", "toc" or "tol"); a "# DATA TYPE" line overrides it.</summary>
    /// <exception cref="BallotFileException">The file is malformed or breaks the rules of its kind; the message names the line.</exception>
    public static Election Read(TextReader reader, string kind, string title)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new List<string>();
        while (reader.ReadLine() is { } l)
            lines.Add(l);
        var names = new SortedDictionary<int, string>();
        var first = lines.FindIndex(l => l.Trim().Length > 0);
        if (first < 0)
            throw new BallotFileException(0, "The file is empty.");
        var orders = new List<(int Line, string Count, string Order)>();
        if (lines[first].TrimStart().StartsWith('#'))
        {
            foreach (var (line, i) in lines.Select((l, i) => (l.Trim(), i + 1)))
            {
                if (line.Length == 0)
                    continue;
                if (line.StartsWith('#'))
                {
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    if (colon < 0)
                        continue;
                    var key = line[1..colon].Trim();
                    var value = line[(colon + 1)..].Trim();
                    if (key.StartsWith("ALTERNATIVE NAME ", StringComparison.OrdinalIgnoreCase) && int.TryParse(key["ALTERNATIVE NAME ".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var k))
                        names[k] = value;
                    else if (key.Equals("DATA TYPE", StringComparison.OrdinalIgnoreCase))
                        kind = value;
                    else if (key.Equals("TITLE", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
                        title = value;
                    continue;
                }
                var sep = line.IndexOf(':', StringComparison.Ordinal);
                if (sep < 0)
                    throw new BallotFileException(i, $"Expected 'count: order', found '{line}'.");
                orders.Add((i, line[..sep].Trim(), line[(sep + 1)..].Trim()));
            }
        }
        else
        {
            var i = first;
            if (!int.TryParse(lines[i].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                throw new BallotFileException(i + 1, "The first line must be the number of alternatives.");
            for (var a = 0; a < n; a++)
            {
                i++;
                var parts = i < lines.Count ? lines[i].Split(',', 2) : [];
                if (parts.Length != 2 || !int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var k))
                    throw new BallotFileException(i + 1, "Expected an alternative as 'number,name'.");
                names[k] = parts[1].Trim();
            }
            i++; // the line of totals: voters, sum of counts, distinct orders
            for (i++; i < lines.Count; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0)
                    continue;
                var comma = line.IndexOf(',', StringComparison.Ordinal);
                if (comma < 0)
                    throw new BallotFileException(i + 1, $"Expected 'count,order', found '{line}'.");
                orders.Add((i + 1, line[..comma].Trim(), line[(comma + 1)..].Trim()));
            }
        }
        return Build(names, orders, kind.Trim().ToLowerInvariant(), title);
    }

    /// <summary>Reads a PrefLib file from disk; its extension gives the kind.</summary>
    /// <exception cref="BallotFileException">The file is malformed or breaks the rules of its kind.</exception>
    public static Election ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetExtension(path).TrimStart('.'), Path.GetFileNameWithoutExtension(path));
    }

    private static Election Build(SortedDictionary<int, string> names, List<(int Line, string Count, string Order)> orders, string kind, string title)
    {
        if (kind is not ("soc" or "soi" or "toc" or "tol"))
            throw new BallotFileException(0, $"'{kind}' is not a PrefLib order kind; expected soc, soi, toc or tol.");
        if (names.Count == 0)
            throw new BallotFileException(0, "The file names no alternatives.");
        var n = names.Count;
        if (names.Keys.First() != 1 || names.Keys.Last() != n)
            throw new BallotFileException(0, $"The alternatives are not numbered 1 to {n}.");
        var builder = new BallotBoxBuilder(BallotKind.Ranked, n);
        var choices = new List<int>();
        var ranks = new List<int>();
        foreach (var (line, countText, order) in orders)
        {
            if (!long.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
                throw new BallotFileException(line, $"The count '{countText}' is not a positive whole number.");
            ParseOrder(order, n, line, choices, ranks);
            var tied = ranks.Distinct().Count() < ranks.Count;
            if (tied && kind is "soc" or "soi")
                throw new BallotFileException(line, $"A .{kind} file holds strict orders, but this one ranks alternatives equal.");
            if (choices.Count < n && kind is "soc" or "toc")
                throw new BallotFileException(line, $"A .{kind} file holds complete orders, but this one ranks {choices.Count} of {n}.");
            builder.AddRanking(choices.ToArray(), ranks.ToArray(), count);
        }
        return new Election(title, [.. names.Values.Select(name => new Candidate(name))], 1, builder.Build());
    }

    private static void ParseOrder(string order, int n, int line, List<int> choices, List<int> ranks)
    {
        choices.Clear();
        ranks.Clear();
        var seen = new HashSet<int>();
        var rank = 0;
        var inGroup = false;
        foreach (var raw in order.Replace("{", ",{,", StringComparison.Ordinal).Replace("}", ",},", StringComparison.Ordinal).Split(','))
        {
            var token = raw.Trim();
            if (token.Length == 0)
                continue;
            if (token == "{")
            {
                if (inGroup)
                    throw new BallotFileException(line, "Braces cannot nest.");
                inGroup = true;
                rank++;
                continue;
            }
            if (token == "}")
            {
                if (!inGroup)
                    throw new BallotFileException(line, "A closing brace has no opening one.");
                inGroup = false;
                continue;
            }
            if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var a) || a < 1 || a > n)
                throw new BallotFileException(line, $"'{token}' is not an alternative from 1 to {n}.");
            if (!seen.Add(a))
                throw new BallotFileException(line, $"Alternative {a} appears twice in one order.");
            if (!inGroup)
                rank++;
            choices.Add(a - 1);
            ranks.Add(rank);
        }
        if (inGroup)
            throw new BallotFileException(line, "An opening brace is never closed.");
    }
}
