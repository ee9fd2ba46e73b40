using Councils.Domain.Planning.InputOutput;

namespace Councils.Domain.Tests.Planning;

public sealed class InputOutputBadInputTests
{
    private const string Good = """
        # Miller & Blair's two sectors
        sector,agriculture,manufacturing
        agriculture,0.15,0.25
        manufacturing,0.20,0.05
        """;

    [Fact]
    public void CoefficientsCsv_GoodTable_GivesMillerBlair()
    {
        var table = CoefficientsCsv.Read(new StringReader(Good));

        Assert.Equal(["agriculture", "manufacturing"], table.Sectors.Select(s => s.Code));
        Assert.Equal(0.20, table.Coefficients[1, 0]);
        var x = table.GrossOutput([350, 1700]);
        Assert.Equal(1000, x[0], 1e-9);
        Assert.Equal(2000, x[1], 1e-9);
    }

    [Fact]
    public void CoefficientsCsv_RowsInAnotherOrder_AreLaidOutByTheHeader()
    {
        var table = CoefficientsCsv.Read(new StringReader("s,a,b\nb,0.2,0.05\na,0.15,0.25\n"));

        Assert.Equal(0.25, table.Coefficients[0, 1]);
        Assert.Equal(0.2, table.Coefficients[1, 0]);
    }

    [Theory]
    [InlineData("s,a,b\na,0.1,0.2,0.3\nb,0.1,0.2\n", "csv:2", "not square")]
    [InlineData("s,a,b\na,0.1\nb,0.1,0.2\n", "csv:2", "not square")]
    [InlineData("s,a,b\na,0.1,zero\nb,0.1,0.2\n", "csv:2:3", "'zero' is not a number")]
    [InlineData("s,a,b\na,0.1,NaN\nb,0.1,0.2\n", "csv:2:3", "'NaN' is not a number")]
    [InlineData("s,a,b\na,0.1,0.2\n", "csv:1", "'b' has no row")]
    [InlineData("s,a,b\na,0.1,0.2\nc,0.1,0.2\n", "csv:3:1", "'c' is not a sector")]
    [InlineData("s,a,b\na,0.1,0.2\na,0.1,0.2\n", "csv:3:1", "second row")]
    [InlineData("s,a,a\na,0.1,0.2\n", "csv:1:3", "named twice")]
    [InlineData("# nothing\n", "csv", "no header")]
    public void CoefficientsCsv_BadTable_IsRefusedNamingTheLine(string text, string field, string message)
    {
        var refusal = Assert.Throws<RuleViolation>(() => CoefficientsCsv.Read(new StringReader(text)));

        Assert.Equal(Rules.PayloadInvalid, refusal.Rule);
        Assert.Equal(field, refusal.Field);
        Assert.Contains(message, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TotalRequirements_SingularLeontief_IsRefused()
    {
        // Column sums of 1: the sectors use up all they make, so I - A is singular.
        var table = CoefficientsCsv.Read(new StringReader("s,a,b\na,0.5,0.5\nb,0.5,0.5\n"));

        var refusal = Assert.Throws<RuleViolation>(table.TotalRequirements);
        Assert.Contains("singular", refusal.Message, StringComparison.Ordinal);
        Assert.Throws<RuleViolation>(() => table.GrossOutput([1, 1]));
        Assert.Throws<RuleViolation>(() => table.TotalRequirementsIterative(1e-9));
    }

    [Theory]
    [InlineData(new[] { 1.0 }, "finalDemand")]
    [InlineData(new[] { 1.0, double.NaN }, "finalDemand")]
    public void GrossOutput_BadDemand_IsRefused(double[] demand, string field)
    {
        var table = CoefficientsCsv.Read(new StringReader(Good));

        Assert.Equal(field, Assert.Throws<RuleViolation>(() => table.GrossOutput(demand)).Field);
        Assert.Equal(field, Assert.Throws<RuleViolation>(() => table.GrossOutputIterative(demand, 1e-9)).Field);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Iterative_BadTolerance_IsRefused(double tolerance)
    {
        var table = CoefficientsCsv.Read(new StringReader(Good));

        Assert.Equal("tolerance", Assert.Throws<RuleViolation>(() => table.TotalRequirementsIterative(tolerance)).Field);
    }

    [Fact]
    public void TechnicalCoefficients_NonSquareMatrix_IsRefused()
    {
        var matrix = new Matrix(new double[2, 3]);

        var refusal = Assert.Throws<RuleViolation>(() => new TechnicalCoefficients([new("a", "a"), new("b", "b")], matrix));
        Assert.Contains("not square", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1110,1110,3\n", "make:1", "found 3 fields")]
    [InlineData("1110,1110,3,12x\n", "make:1:4", "'12x' is not a number")]
    [InlineData("1110,,3,1\n", "make:1:2", "blank")]
    [InlineData("1110,1110,three,1\n", "make:1:3", "table number")]
    [InlineData("1110,1110,3,1\n\n1110,1110,3,2\n", "make:3", "listed twice")]
    public void BeaCells_BadLine_IsRefusedNamingTheLine(string text, string field, string message)
    {
        var refusal = Assert.Throws<RuleViolation>(() => BeaSummaryReader.ReadCells(new StringReader(text), "make"));

        Assert.Equal(field, refusal.Field);
        Assert.Contains(message, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BeaAccounts_CodeNotInTheList_IsRefused()
    {
        var codes = BeaSummaryReader.ReadCodes(new StringReader("\"1110\",\"Crop production\"\n"));
        var make = BeaSummaryReader.ReadCells(new StringReader("1110,1110,3,10\n1110,9999,3,1\n"), "make");

        var refusal = Assert.Throws<RuleViolation>(() => new BeaSummaryAccounts(codes, make, []));
        Assert.Equal("9999", refusal.Field);
    }

    [Theory]
    [InlineData("A\n1 2\n3\n", "blocks:1", "unequal")]
    [InlineData("1 2\n", "blocks:1", "before any block")]
    [InlineData("A\n1 x\n", "blocks:2:2", "'x' is not a number")]
    [InlineData("A\n1\nA\n2\n", "blocks:3", "named twice")]
    public void MatrixBlocks_BadBlock_IsRefusedNamingTheLine(string text, string field, string message)
    {
        var refusal = Assert.Throws<RuleViolation>(() => MatrixBlocks.Read(new StringReader(text)));

        Assert.Equal(field, refusal.Field);
        Assert.Contains(message, refusal.Message, StringComparison.Ordinal);
    }
}
