using System.Text;
using Councils.Domain.Counting.Formats;

namespace Councils.Domain.Tests.Counting.Formats;

public sealed class DebianTallyReaderTests
{
    private const string Sheet = """
             Option 1--->: Alpha
           /  Option 2-->: Bravo
           |/  Option 3->: Charlie
           ||/
        V: 1-2 		00aa
        V: 22- 		00bb
        V: --1 		00cc
        """;

    [Fact]
    public void Read_RanksUnrankedAndEqualPreferences_AreRead()
    {
        var election = DebianTallyReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Sheet)), "t");

        Assert.Equal(["Alpha", "Bravo", "Charlie"], election.Candidates.Select(c => c.Name));
        Assert.Equal(3, election.Ballots.TotalWeight);
        Assert.Equal([0, 2], election.Ballots.Choices(0).ToArray());
        Assert.Equal([0, 1], election.Ballots.Choices(1).ToArray());
        Assert.Equal([1, 1], election.Ballots.Marks(1).ToArray());
    }

    [Fact]
    public void Read_LettersForRanksOfTenAndMore_RankBelowDigits()
    {
        var names = string.Concat(Enumerable.Range(1, 11).Select(k => $"Option {k}->: O{k}\n"));
        var election = DebianTallyReader.Read(new MemoryStream(Encoding.ASCII.GetBytes(names + "V: 123456789AB x\n")), "t");

        var ballot = election.Ballots.Choices(0).ToArray();
        Assert.Equal(Enumerable.Range(0, 11), ballot);
        Assert.Equal(Enumerable.Range(1, 11), election.Ballots.Marks(0).ToArray());
    }

    [Fact]
    public void Read_Latin1Sheet_DecodesNames()
    {
        var election = DebianTallyReader.ReadFile(RefCases.PathOf("holdout", "condorcet", "leader2007_tally.txt"));

        Assert.Contains(election.Candidates, c => c.Name == "Raphaël Hertzog");
    }

    [Theory]
    [InlineData("Option 1->: A\nOption 2->: B\nV: 1 x\n", 3, "1 ranks for 2 options")]
    [InlineData("Option 1->: A\nOption 2->: B\nV: 1? x\n", 3, "'?' is not a rank")]
    [InlineData("V: 12 x\n", 0, "No 'Option k'")]
    public void Read_BadSheet_NamesTheLineAndTheProblem(string text, int line, string problem)
    {
        var error = Assert.Throws<BallotFileException>(() => DebianTallyReader.Read(new MemoryStream(Encoding.ASCII.GetBytes(text)), "t"));

        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
