using System.Globalization;
using Councils.Domain.Counting;

namespace Councils.Domain.Tests.Counting.Schulze;

/// <summary>One example of refcases/condorcet/schulze_paper_examples.txt: ballots and published answers.</summary>
internal sealed record SchulzeExample(
    string Id,
    Election Election,
    IReadOnlyDictionary<string, string> Expect,
    IReadOnlyDictionary<(string From, string To), long> StrongestPaths)
{
    public static IReadOnlyList<SchulzeExample> All { get; } = ReadAll();

    public override string ToString() => Id;

    private static List<SchulzeExample> ReadAll()
    {
        var examples = new List<SchulzeExample>();
        string? id = null;
        string[] names = [];
        var expect = new Dictionary<string, string>();
        var paths = new Dictionary<(string, string), long>();
        var ballots = new List<(long Count, string Order)>();
        void Flush()
        {
            if (id is null)
                return;
            var builder = new BallotBoxBuilder(BallotKind.Ranked, names.Length);
            foreach (var (count, order) in ballots)
            {
                var choices = new List<int>();
                var ranks = new List<int>();
                var groups = order.Split('>');
                for (var g = 0; g < groups.Length; g++)
                {
                    foreach (var name in groups[g].Split('='))
                    {
                        choices.Add(Array.IndexOf(names, name.Trim()));
                        ranks.Add(g + 1);
                    }
                }
                builder.AddRanking(choices.ToArray(), ranks.ToArray(), count);
            }
            var election = new Election(id, [.. names.Select(n => new Candidate(n))], 1, builder.Build());
            examples.Add(new SchulzeExample(id, election, new Dictionary<string, string>(expect), new Dictionary<(string, string), long>(paths)));
        }
        foreach (var raw in File.ReadLines(RefCases.PathOf("condorcet", "schulze_paper_examples.txt")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (line.StartsWith('['))
            {
                Flush();
                id = line.Trim('[', ']');
                names = [];
                expect.Clear();
                paths.Clear();
                ballots.Clear();
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (key == "candidates")
                names = [.. value.Split(',').Select(n => n.Trim())];
            else if (key == "expect_p")
            {
                foreach (var entry in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var (pair, strength) = (entry.Split('=')[0], entry.Split('=')[1]);
                    paths[(pair.Split('>')[0], pair.Split('>')[1])] = long.Parse(strength, CultureInfo.InvariantCulture);
                }
            }
            else if (key.StartsWith("expect", StringComparison.Ordinal))
                expect[key] = value;
            else
                ballots.Add((long.Parse(key, CultureInfo.InvariantCulture), value));
        }
        Flush();
        return examples;
    }
}
