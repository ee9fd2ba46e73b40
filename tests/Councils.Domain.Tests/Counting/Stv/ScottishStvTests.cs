using System.Globalization;
using Councils.Domain.Counting;
using Councils.Domain.Counting.Formats;
using Councils.Domain.Counting.Stv;

namespace Councils.Domain.Tests.Counting.Stv;

public sealed class ScottishStvTests
{
    public static TheoryData<string> Wards()
    {
        var data = new TheoryData<string>();
        foreach (var row in ExpectedRows())
            data.Add(row[0]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Wards))]
    public void Count_GlasgowWard_MatchesPublishedResult(string ward)
    {
        var row = ExpectedRows().Single(r => r[0] == ward);
        var election = BltReader.ReadFile(RefCases.PathOf("stv", "scottish", ward));

        var result = new ScottishStv().Count(election, CountOptions.Default);

        Assert.Equal(int.Parse(row[2], CultureInfo.InvariantCulture), result.Seats);
        Assert.Equal(long.Parse(row[4], CultureInfo.InvariantCulture), result.ValidBallots);
        Assert.Equal(row[5] + ".00000", result.Quota.ToString());
        var elected = row[6].Split("; ");
        Assert.Equal(elected.Order(StringComparer.Ordinal), result.Winners.Select(w => w.Trim()).Order(StringComparer.Ordinal));
        var firstPreferences = row[7].Split("; ");
        for (var i = 0; i < elected.Length; i++)
        {
            var c = result.Candidates.ToList().FindIndex(n => n.Trim() == elected[i]);
            Assert.Equal(firstPreferences[i] + ".00000", result.Stages[0].Votes[c].ToString());
        }
        Assert.Empty(result.Ties);
    }

    [Theory]
    [MemberData(nameof(Wards))]
    public void Count_GlasgowWard_EveryStageMatchesTheDroopReport(string ward)
    {
        var election = BltReader.ReadFile(RefCases.PathOf("stv", "scottish", ward));
        var report = DroopReport.Read(RefCases.PathOf("stv", "scottish", Path.ChangeExtension(ward, ".droop-report.txt")));

        var result = new ScottishStv().Count(election, CountOptions.Default);

        Assert.Equal(report.Stages.Count, result.Stages.Count);
        for (var s = 0; s < report.Stages.Count; s++)
        {
            var expected = report.Stages[s];
            var actual = result.Stages[s];
            foreach (var (name, votes) in expected.Votes)
            {
                var c = result.Candidates.ToList().FindIndex(n => n.Trim() == name.Trim());
                Assert.True(c >= 0, $"{name} is not a candidate");
                Assert.True(votes.ToString("0.00000", CultureInfo.InvariantCulture) == actual.Votes[c].ToString(), $"stage {s + 1} ({expected.Action}): {name} has {actual.Votes[c]}, the report says {votes}");
            }
            Assert.Equal(expected.NonTransferable.ToString("0.00000", CultureInfo.InvariantCulture), actual.NonTransferable.ToString());
            Assert.Equal(expected.Residual.ToString("0.00000", CultureInfo.InvariantCulture), actual.LossToTruncation.ToString());
        }
    }

    private static IEnumerable<string[]> ExpectedRows() =>
        File.ReadLines(RefCases.PathOf("stv", "scottish", "expected_results.csv")).Skip(1).Where(l => l.Length > 0).Select(SplitCsv);

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
                quoted = !quoted;
            else if (ch == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
                field.Append(ch);
        }
        fields.Add(field.ToString());
        return [.. fields];
    }
}
