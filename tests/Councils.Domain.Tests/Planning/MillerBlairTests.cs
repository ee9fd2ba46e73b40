using Councils.Domain.Planning.InputOutput;

namespace Councils.Domain.Tests.Planning;

public sealed class MillerBlairTests
{
    private const double Tolerance = 1e-9;

    private static IReadOnlyDictionary<string, Matrix> Blocks()
    {
        using var reader = File.OpenText(RefCases.PathOf("leontief", "miller_blair_2sector.txt"));
        return MatrixBlocks.Read(reader, "miller_blair_2sector.txt");
    }

    private static TechnicalCoefficients Table() =>
        new([new Sector("1", "agriculture"), new Sector("2", "manufacturing")], Blocks()["A"]);

    private static double[] Row(Matrix m) => [.. Enumerable.Range(0, m.Columns).Select(j => m[0, j])];

    [Fact]
    public void Coefficients_FromTransactionsAndOutput_AreThePublishedA()
    {
        var blocks = Blocks();
        var z = blocks["Z"];
        var x = Row(blocks["x"]);
        var cells = z.ToArray();
        for (var i = 0; i < z.Rows; i++)
        {
            for (var j = 0; j < z.Columns; j++)
                cells[i, j] /= x[j];
        }
        var a = new Matrix(cells);
        Assert.True(a.MaxAbsDifference(blocks["A"]) < Tolerance, a.ToString());
    }

    [Fact]
    public void TotalRequirements_Direct_IsThePublishedL()
    {
        var l = Table().TotalRequirements();
        var exact = new Matrix(new double[,] { { 0.95 / 0.7575, 0.25 / 0.7575 }, { 0.20 / 0.7575, 0.85 / 0.7575 } });

        Assert.True(l.MaxAbsDifference(exact) < 1e-12);
        Assert.True(l.MaxAbsDifference(Blocks()["L"]) < Tolerance, l.ToString());
    }

    [Fact]
    public void TotalRequirementsIterative_AgreesWithDirect()
    {
        var table = Table();

        var iterated = table.TotalRequirementsIterative(1e-12);

        Assert.True(iterated.Value.MaxAbsDifference(table.TotalRequirements()) < Tolerance);
        Assert.InRange(iterated.Iterations, 5, 200);
    }

    [Theory]
    [InlineData("f", "x", 1e-9)]
    [InlineData("f_new", "x_new", 1e-6)]
    public void GrossOutput_BothWays_IsThePublishedX(string demand, string output, double published)
    {
        var blocks = Blocks();
        var table = Table();
        var f = Row(blocks[demand]);

        var direct = table.GrossOutput(f);
        var iterated = table.GrossOutputIterative(f, 1e-11);

        Assert.Equal(Row(blocks[output]), direct, (a, b) => Math.Abs(a - b) < published);
        Assert.Equal(direct, iterated.Value, (a, b) => Math.Abs(a - b) < Tolerance);
        Assert.True(iterated.Iterations > 1);
    }

    [Fact]
    public void GrossOutput_NewDemand_IsTheExactFraction()
    {
        var x = Table().GrossOutput([600, 1500]);

        Assert.Equal(945 / 0.7575, x[0], Tolerance);
        Assert.Equal(1395 / 0.7575, x[1], Tolerance);
    }
}
