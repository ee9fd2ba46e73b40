using System.Text;
using System.Text.RegularExpressions;

namespace Councils.Domain.Counting.Formats;

/// <summary>
/// Reads a Debian tally sheet: options from the "Option k---&gt;: name" header lines, then one line
/// "V: ranks hash" per voter, where character k of ranks is the rank given to option k: a digit,
/// then letters for ranks of 10 and more, "-" when unranked. Equal characters are equal preferences.
/// </summary>
public static partial class DebianTallyReader
{
    /// <summary>Reads a tally sheet. Bytes that are not UTF-8 are read as ISO-8859-1, as older sheets are.</summary>
    /// <exception cref="BallotFileException">The sheet has no options or a vote line is malformed.</exception>
    public static Election Read(Stream stream, string title)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(Decode(buffer.ToArray()), title);
    }

    /// <summary>Reads a tally sheet from disk; the title is the file name.</summary>
    /// <exception cref="BallotFileException">The sheet has no options or a vote line is malformed.</exception>
    public static Election ReadFile(string path) => Read(Decode(File.ReadAllBytes(path)), Path.GetFileNameWithoutExtension(path));

    private static Election Read(string text, string title)
    {
        var options = new SortedDictionary<int, string>();
        var votes = new List<(int Line, string Ranks)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var option = OptionLine().Match(line);
            if (option.Success)
            {
                var k = int.Parse(option.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                if (!options.TryAdd(k, option.Groups[2].Value.Trim()))
                    throw new BallotFileException(i + 1, $"Option {k} is declared twice.");
                continue;
            }
            if (line.StartsWith("V:", StringComparison.Ordinal))
            {
                var fields = line[2..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length == 0)
                    throw new BallotFileException(i + 1, "A vote line 'V:' has no ranks.");
                votes.Add((i + 1, fields[0]));
            }
        }
        if (options.Count == 0)
            throw new BallotFileException(0, "No 'Option k' header lines: this is not a Debian tally sheet.");
        if (options.Keys.First() != 1 || options.Keys.Last() != options.Count)
            throw new BallotFileException(0, $"The options are not numbered 1 to {options.Count}.");

        var n = options.Count;
        var builder = new BallotBoxBuilder(BallotKind.Ranked, n);
        var choices = new List<int>();
        var ranks = new List<int>();
        foreach (var (line, marks) in votes)
        {
            if (marks.Length != n)
                throw new BallotFileException(line, $"The vote '{marks}' has {marks.Length} ranks for {n} options.");
            choices.Clear();
            ranks.Clear();
            for (var k = 0; k < n; k++)
            {
                var rank = Rank(marks[k]);
                if (rank == 0)
                    continue;
                if (rank < 0)
                    throw new BallotFileException(line, $"'{marks[k]}' is not a rank: use 1-9, then letters, or '-'.");
                choices.Add(k);
                ranks.Add(rank);
            }
            builder.AddRanking(choices.ToArray(), ranks.ToArray());
        }
        return new Election(title, [.. options.Values.Select(name => new Candidate(name))], 1, builder.Build());
    }

    /// <summary>0 for unranked, -1 for a character that is no rank.</summary>
    private static int Rank(char mark) => mark switch
    {
        '-' => 0,
        >= '1' and <= '9' => mark - '0',
        >= 'A' and <= 'Z' => mark - 'A' + 10,
        >= 'a' and <= 'z' => mark - 'a' + 10,
        _ => -1,
    };

    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    [GeneratedRegex(@"Option\s+(\d+)-*>:\s?(.*)$")]
    private static partial Regex OptionLine();
}
