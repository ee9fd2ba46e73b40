using Councils.Domain.Counting;
using Councils.Domain.Counting.Formats;

namespace Councils.Domain.Tests.Counting;

/// <summary>
/// The holdout files have no answers here: every one of a supported kind must count without error
/// under every method that takes its ballots, with the record conserved at every stage.
/// </summary>
public sealed class HoldoutTests
{
    public static TheoryData<string, string> Counts()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "stv-scottish", "stv-meek", "condorcet" })
        {
            foreach (var file in RefCases.Files(Path.Combine("holdout", folder), "*"))
            {
                foreach (var method in new[] { "scottish-stv", "meek-stv", "irv", "schulze", "approval" })
                    data.Add(Path.GetRelativePath(RefCases.Folder, file), method);
            }
        }
        return data;
    }

    [Fact]
    public void Holdout_HasFilesOfEachSupportedKind()
    {
        Assert.Equal(15, RefCases.Files(Path.Combine("holdout", "stv-scottish"), "*.blt").Count());
        Assert.Equal(2, RefCases.Files(Path.Combine("holdout", "stv-meek"), "*.blt").Count());
        Assert.Equal(3, RefCases.Files(Path.Combine("holdout", "condorcet"), "*_tally.txt").Count());
    }

    [Theory]
    [MemberData(nameof(Counts))]
    public void Count_HoldoutFile_CountsWithoutErrorAndConservesVotes(string file, string method)
    {
        var election = BallotFile.Read(Path.Combine(RefCases.Folder, file));

        var result = CountingMethods.Find(method)!.Count(election, CountOptions.Default);

        var seats = method == "irv" ? 1 : election.Seats;
        Assert.Equal(Math.Min(seats, election.Candidates.Count(c => !c.IsWithdrawn)), result.Winners.Count);
        Assert.Equal(result.Winners.Count, result.Winners.Distinct().Count());
        foreach (var stage in result.Stages)
            Assert.Equal(stage.Total.Units, stage.Votes.Aggregate(stage.NonTransferable.Units + stage.LossToTruncation.Units, (s, v) => s + v.Units));
    }
}
