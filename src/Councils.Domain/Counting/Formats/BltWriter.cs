using System.Globalization;

namespace Councils.Domain.Counting.Formats;

/// <summary>Writes an election of ranked ballots in the BLT format that <see cref="BltReader"/> reads back.</summary>
public static class BltWriter
{
    /// <summary>Writes the election; equal preferences are written "a=b".</summary>
    /// <exception cref="ArgumentException">The ballots are not ranked, or a name or the title holds a double quote.</exception>
    public static void Write(Election election, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(writer);
        var box = election.Ballots;
        if (box.Kind != BallotKind.Ranked)
            throw new ArgumentException($"BLT holds ranked ballots, not {box.Kind} ballots.", nameof(election));
        if (election.Candidates.Any(c => c.Name.Contains('"', StringComparison.Ordinal)) || election.Title.Contains('"', StringComparison.Ordinal))
            throw new ArgumentException("BLT cannot write a name or title holding a double quote.", nameof(election));
        var invariant = CultureInfo.InvariantCulture;
        writer.Write(string.Create(invariant, $"{election.Candidates.Count} {election.Seats}\n"));
        var withdrawn = Enumerable.Range(1, election.Candidates.Count).Where(i => election.Candidates[i - 1].IsWithdrawn).ToList();
        if (withdrawn.Count > 0)
            writer.Write(string.Join(' ', withdrawn.Select(i => (-i).ToString(invariant))) + "\n");
        for (var b = 0; b < box.Count; b++)
        {
            writer.Write(box.Weight(b).ToString(invariant));
            var choices = box.Choices(b);
            var marks = box.Marks(b);
            for (var i = 0; i < choices.Length; i++)
            {
                writer.Write(i > 0 && marks[i] == marks[i - 1] ? '=' : ' ');
                writer.Write((choices[i] + 1).ToString(invariant));
            }
            writer.Write(" 0\n");
        }
        writer.Write("0\n");
        foreach (var candidate in election.Candidates)
            writer.Write($"\"{candidate.Name}\"\n");
        writer.Write($"\"{election.Title}\"\n");
    }
}
