using Councils.Domain.Counting;
using Councils.Domain.Counting.Formats;

namespace Councils.Domain.Tests.Counting.Formats;

public sealed class BltReaderTests
{
    private static Election Read(string text) => BltReader.Read(new StringReader(text));

    [Fact]
    public void Read_WeightsWithdrawnEqualPreferencesAndTrailingText_AreRead()
    {
        var election = Read("3 2\n-2\n4 1 3 0\n2 3=1 2 0\n0\n\"Ann \"\n\"Bob\"\n\"Cy\"\n\"Title\"\nnotes after the title are ignored\n1 2 3\n");

        Assert.Equal("Title", election.Title);
        Assert.Equal(2, election.Seats);
        Assert.Equal("Ann ", election.Candidates[0].Name);
        Assert.True(election.Candidates[1].IsWithdrawn);
        Assert.Equal(6, election.Ballots.TotalWeight);
        Assert.True(election.Ballots.HasEqualPreferences);
        Assert.Equal([0, 2, 1], election.Ballots.Choices(1).ToArray());
        Assert.Equal([1, 1, 2], election.Ballots.Marks(1).ToArray());
    }

    [Fact]
    public void Read_IdenticalBallots_AreHeldOnceWithTheirWeight()
    {
        var election = Read("2 1\n1 1 2 0\n3 1 2 0\n0\n\"A\"\n\"B\"\n\"T\"\n");

        Assert.Equal(1, election.Ballots.Count);
        Assert.Equal(4, election.Ballots.Weight(0));
    }

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("3\n", 1, "candidates seats")]
    [InlineData("2 1\n1 1 2\n0\n", 2, "does not end with 0")]
    [InlineData("2 1\n1 1 3 0\n0\n", 2, "'3' is not a candidate number from 1 to 2")]
    [InlineData("2 1\n1 1 1 0\n0\n", 2, "appears twice")]
    [InlineData("2 1\nx 1 2 0\n0\n", 2, "weight 'x'")]
    [InlineData("2 1\n-3\n0\n", 2, "withdrawn")]
    [InlineData("2 1\n1 1 0\n", 2, "lone '0'")]
    [InlineData("2 1\n1 1 0\n0\n\"A\"\n", 4, "1 of 2 candidate names")]
    [InlineData("2 1\n1 1 0\n0\n\"A\"\nB\n", 5, "double quotes")]
    public void Read_BadFile_NamesTheLineAndTheProblem(string text, int line, string problem)
    {
        var error = Assert.Throws<BallotFileException>(() => Read(text));

        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_RoundTrip_GivesTheSameElection()
    {
        var original = Read("3 2\n-2\n4 1 3 0\n2 3=1 2 0\n1 2 0\n0\n\"Ann \"\n\"Bob\"\n\"Cy\"\n\"Title\"\n");
        using var writer = new StringWriter();

        BltWriter.Write(original, writer);
        var copy = Read(writer.ToString());

        Assert.Equal(original.Candidates, copy.Candidates);
        Assert.Equal(original.Seats, copy.Seats);
        Assert.Equal(original.Title, copy.Title);
        Assert.Equal(original.Ballots.Count, copy.Ballots.Count);
        for (var b = 0; b < original.Ballots.Count; b++)
        {
            Assert.Equal(original.Ballots.Weight(b), copy.Ballots.Weight(b));
            Assert.Equal(original.Ballots.Choices(b).ToArray(), copy.Ballots.Choices(b).ToArray());
            Assert.Equal(original.Ballots.Marks(b).ToArray(), copy.Ballots.Marks(b).ToArray());
        }
    }

    [Fact]
    public void Writer_GlasgowWard_RoundTripsToTheSameCount()
    {
        var original = BltReader.ReadFile(RefCases.PathOf("stv", "scottish", "Govan-2007.blt"));
        using var writer = new StringWriter();
        BltWriter.Write(original, writer);

        var copy = BltReader.Read(new StringReader(writer.ToString()));

        Assert.Equal(
            new Councils.Domain.Counting.Stv.ScottishStv().Count(original, CountOptions.Default).Stages.Select(s => s.Votes),
            new Councils.Domain.Counting.Stv.ScottishStv().Count(copy, CountOptions.Default).Stages.Select(s => s.Votes));
    }
}
