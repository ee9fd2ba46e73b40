using System.Globalization;

namespace Councils.Domain.Counting.Formats;

/// <summary>
/// Reads the BLT ballot format: a line "candidates seats"; optionally negative candidate numbers
/// marking withdrawn candidates; ballot lines "weight pref pref ... 0" (equal preferences written
/// "a=b"); a lone "0"; one quoted name per candidate; a quoted title. Names are kept exactly, trailing
/// spaces included. Anything after the title is ignored, as some published files carry notes there.
/// </summary>
public static class BltReader
{
    /// <summary>Reads a BLT file.</summary>
    /// <exception cref="BallotFileException">The file is not valid BLT; the message names the line.</exception>
    public static Election Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        string? line;
        string[] header;
        do
        {
            line = reader.ReadLine() ?? throw new BallotFileException(lineNumber, "The file is empty; a BLT file starts with 'candidates seats'.");
            lineNumber++;
            header = Tokens(line);
        }
        while (header.Length == 0);
        if (header.Length != 2 || !TryNumber(header[0], out var n) || !TryNumber(header[1], out var seats) || n < 1 || seats < 1)
            throw new BallotFileException(lineNumber, $"Expected 'candidates seats' (two positive whole numbers), found '{line.Trim()}'.");
        if (seats > n)
            throw new BallotFileException(lineNumber, $"{seats} seats but only {n} candidates.");

        var withdrawn = new bool[n];
        var builder = new BallotBoxBuilder(BallotKind.Ranked, n);
        var choices = new List<int>();
        var ranks = new List<int>();
        var seenBallot = false;
        while (true)
        {
            line = reader.ReadLine() ?? throw new BallotFileException(lineNumber, "The file ends before the lone '0' that closes the ballots.");
            lineNumber++;
            var tokens = Tokens(line);
            if (tokens.Length == 0)
                continue;
            if (tokens is ["0"])
                break;
            if (!seenBallot && tokens[0].StartsWith('-'))
            {
                foreach (var token in tokens)
                {
                    if (!int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var w) || w >= 0 || -w > n)
                        throw new BallotFileException(lineNumber, $"'{token}' does not name a withdrawn candidate: expected -1 to -{n}.");
                    withdrawn[-w - 1] = true;
                }
                continue;
            }
            seenBallot = true;
            ReadBallot(tokens, n, lineNumber, choices, ranks);
            if (!long.TryParse(tokens[FirstField(tokens)], NumberStyles.None, CultureInfo.InvariantCulture, out var weight) || weight < 1)
                throw new BallotFileException(lineNumber, $"The weight '{tokens[FirstField(tokens)]}' is not a positive whole number.");
            builder.AddRanking(choices.ToArray(), ranks.ToArray(), weight);
        }

        var names = new List<string>();
        string? title = null;
        while (title is null)
        {
            line = reader.ReadLine();
            lineNumber++;
            if (line is null)
                throw new BallotFileException(lineNumber - 1, names.Count < n ? $"The file ends after {names.Count} of {n} candidate names." : "The file ends before the quoted title.");
            foreach (var text in Quoted(line, lineNumber))
            {
                if (names.Count < n)
                    names.Add(text);
                else
                {
                    title = text;
                    break;
                }
            }
        }
        var candidates = names.Select((name, i) => new Candidate(name.Length == 0 ? $"Candidate {i + 1}" : name, withdrawn[i])).ToList();
        return new Election(title, candidates, seats, builder.Build());
    }

    /// <summary>Reads a BLT file from disk.</summary>
    /// <exception cref="BallotFileException">The file is not valid BLT.</exception>
    public static Election ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>A ballot line may start with an identifier in parentheses; the weight follows it.</summary>
    private static int FirstField(string[] tokens) => tokens[0].StartsWith('(') ? 1 : 0;

    private static void ReadBallot(string[] tokens, int n, int lineNumber, List<int> choices, List<int> ranks)
    {
        choices.Clear();
        ranks.Clear();
        var first = FirstField(tokens);
        if (tokens.Length < first + 2 || tokens[^1] != "0")
            throw new BallotFileException(lineNumber, "A ballot line is 'weight preferences... 0'; this one does not end with 0.");
        var seen = new HashSet<int>();
        for (var t = first + 1; t < tokens.Length - 1; t++)
        {
            foreach (var part in tokens[t].Split('='))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var c) || c < 1 || c > n)
                    throw new BallotFileException(lineNumber, $"'{tokens[t]}' is not a candidate number from 1 to {n}.");
                if (!seen.Add(c))
                    throw new BallotFileException(lineNumber, $"Candidate {c} appears twice on one ballot.");
                choices.Add(c - 1);
                ranks.Add(t);
            }
        }
    }

    private static IEnumerable<string> Quoted(string line, int lineNumber)
    {
        var i = 0;
        while (true)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
                i++;
            if (i >= line.Length)
                yield break;
            if (line[i] != '"')
                throw new BallotFileException(lineNumber, $"Expected a name in double quotes, found '{line.Trim()}'.");
            var end = line.IndexOf('"', i + 1);
            if (end < 0)
                throw new BallotFileException(lineNumber, "A quoted name has no closing quote.");
            yield return line[(i + 1)..end];
            i = end + 1;
        }
    }

    private static string[] Tokens(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
            line = line[..hash];
        return line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool TryNumber(string token, out int value) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
