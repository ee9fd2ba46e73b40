using System.Globalization;

namespace Councils.Bench.Counting;

/// <summary>One paper as the plain counts hold it: its own array of preferences (candidates from 0), and its weight.</summary>
internal sealed record PlainBallot(int[] Preferences, long Weight);

/// <summary>
/// The baseline's election: every ballot kept as it came, one object each, nothing folded
/// together. Read from BLT by the most direct parser: split each line, parse each number.
/// </summary>
internal sealed record PlainElection(string[] Names, int Seats, List<PlainBallot> Ballots)
{
    public static PlainElection FromGenerated(SpatialElection generated, int seats)
    {
        var ballots = new List<PlainBallot>(generated.Count);
        for (var i = 0; i < generated.Count; i++)
            ballots.Add(new PlainBallot(generated.Ballot(i).ToArray(), 1));
        return new PlainElection([.. Enumerable.Range(1, generated.Candidates).Select(c => $"Candidate {c}")], seats, ballots);
    }

    /// <summary>Reads the BLT files of the Glasgow count: no withdrawn candidates, no equal preferences.</summary>
    public static PlainElection ReadBlt(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var n = int.Parse(header[0], CultureInfo.InvariantCulture);
        var seats = int.Parse(header[1], CultureInfo.InvariantCulture);
        var ballots = new List<PlainBallot>();
        var i = 1;
        for (; lines[i].Trim() != "0"; i++)
        {
            var tokens = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens[^1] != "0" || tokens.Any(t => t.Contains('=', StringComparison.Ordinal) || t.StartsWith('-')))
                throw new FormatException($"{path} line {i + 1}: the plain reader takes only 'weight pref ... 0'.");
            var preferences = new int[tokens.Length - 2];
            for (var t = 1; t < tokens.Length - 1; t++)
                preferences[t - 1] = int.Parse(tokens[t], CultureInfo.InvariantCulture) - 1;
            ballots.Add(new PlainBallot(preferences, long.Parse(tokens[0], CultureInfo.InvariantCulture)));
        }
        var names = lines.Skip(i + 1).Take(n).Select(l => l.Trim().Trim('"')).ToArray();
        return new PlainElection(names, seats, ballots);
    }
}
