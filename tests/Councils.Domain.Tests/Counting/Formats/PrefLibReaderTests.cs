using Councils.Domain.Counting.Formats;

namespace Councils.Domain.Tests.Counting.Formats;

public sealed class PrefLibReaderTests
{
    private const string Toc = """
        # FILE NAME: 00001-00000001.toc
        # TITLE: A small poll
        # DATA TYPE: toc
        # NUMBER ALTERNATIVES: 3
        # ALTERNATIVE NAME 1: Red
        # ALTERNATIVE NAME 2: Green
        # ALTERNATIVE NAME 3: Blue
        3: 1,2,3
        2: {2,3},1
        """;

    [Fact]
    public void Read_CurrentFormatWithTies_IsRead()
    {
        var election = PrefLibReader.Read(new StringReader(Toc), "toc", "fallback");

        Assert.Equal("A small poll", election.Title);
        Assert.Equal(["Red", "Green", "Blue"], election.Candidates.Select(c => c.Name));
        Assert.Equal(5, election.Ballots.TotalWeight);
        Assert.Equal([1, 2], election.Ballots.Choices(1)[..2].ToArray());
        Assert.Equal([1, 1, 2], election.Ballots.Marks(1).ToArray());
    }

    [Fact]
    public void Read_OlderFormat_IsRead()
    {
        var election = PrefLibReader.Read(new StringReader("3\n1,Red\n2,Green\n3,Blue\n5,5,2\n3,1,2\n2,3\n"), "soi", "t");

        Assert.Equal(5, election.Ballots.TotalWeight);
        Assert.Equal([2], election.Ballots.Choices(1).ToArray());
    }

    [Theory]
    [InlineData("soc", "3: 1,2\n", "complete orders")]
    [InlineData("soi", "3: {1,2}\n", "strict orders")]
    [InlineData("toc", "3: 1,2,4\n", "'4' is not an alternative")]
    [InlineData("soc", "x: 1,2,3\n", "count 'x'")]
    [InlineData("soc", "1: 1,2,2\n", "appears twice")]
    [InlineData("tol", "1: {1,2\n", "never closed")]
    public void Read_BadOrder_NamesTheLineAndTheProblem(string kind, string order, string problem)
    {
        var text = $"# DATA TYPE: {kind}\n# ALTERNATIVE NAME 1: a\n# ALTERNATIVE NAME 2: b\n# ALTERNATIVE NAME 3: c\n{order}";

        var error = Assert.Throws<BallotFileException>(() => PrefLibReader.Read(new StringReader(text), kind, "t"));

        Assert.Equal(5, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
