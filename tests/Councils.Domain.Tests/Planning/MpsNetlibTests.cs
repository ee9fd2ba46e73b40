using Councils.Domain.Planning.Lp;

namespace Councils.Domain.Tests.Planning;

public sealed class MpsNetlibTests
{
    /// <summary>
    /// The shape of each case from the Netlib index (rows counting the objective, columns, nonzeros counting
    /// the objective's), checked against what the files hold.
    /// </summary>
    [Theory]
    [InlineData("AFIRO.mps", 28, 32, 88)]
    [InlineData("SC50A.mps", 51, 48, 131)]
    [InlineData("SC50B.mps", 51, 48, 119)]
    [InlineData("ADLITTLE.mps", 57, 97, 465)]
    [InlineData("BLEND.mps", 75, 83, 521)]
    public void Read_NetlibCase_HasTheIndexShape(string file, int rows, int columns, int nonZeros)
    {
        var lp = LpAssert.Netlib(file);

        Assert.Equal(rows, lp.RowCount + 1);
        Assert.Equal(columns, lp.ColumnCount);
        var objectiveEntries = lp.Cost.ToArray().Count(c => c != 0);
        Assert.Equal(nonZeros, lp.NonZeroCount + objectiveEntries);
        Assert.Empty(lp.Warnings);
    }

    [Theory]
    [InlineData("AFIRO.mps")]
    [InlineData("SC50A.mps")]
    [InlineData("SC50B.mps")]
    [InlineData("ADLITTLE.mps")]
    [InlineData("BLEND.mps")]
    [InlineData("chvatal_ch2_dictionary_example.mps")]
    public void Read_FixedAndFree_Agree(string file) =>
        LpAssert.Same(LpAssert.Netlib(file, MpsFormat.Fixed), LpAssert.Netlib(file, MpsFormat.Free));

    [Theory]
    [InlineData("AFIRO.mps")]
    [InlineData("SC50A.mps")]
    [InlineData("SC50B.mps")]
    [InlineData("ADLITTLE.mps")]
    [InlineData("BLEND.mps")]
    public void Write_NetlibCase_ReadsBackTheSameProgram(string file)
    {
        var lp = LpAssert.Netlib(file);

        LpAssert.Same(lp, MpsReader.Parse(MpsWriter.Write(lp), MpsFormat.Free));
    }

    [Fact]
    public void Read_Blend_TakesTheRhsWithAnEmptySetNameByPosition()
    {
        var lp = LpAssert.Netlib("BLEND.mps");
        var row = lp.RowNames.ToList();

        // RHS lines such as "              65               23.26   66                5.25": the set name is blank.
        // Rows 65 to 72 are L rows.
        Assert.Equal((double.NegativeInfinity, 23.26), (lp.RowLower[row.IndexOf("65")], lp.RowUpper[row.IndexOf("65")]));
        Assert.Equal(10, lp.RowUpper[row.IndexOf("72")]);
        Assert.Equal(2.58, lp.RowUpper[row.IndexOf("70")]);
        Assert.Equal(8, lp.RowUpper.ToArray().Count(u => u != 0));
    }

    [Fact]
    public void Read_Afiro_HasItsRowSensesAndCosts()
    {
        var lp = LpAssert.Netlib("AFIRO.mps");
        var row = lp.RowNames.ToList();
        var column = lp.ColumnNames.ToList();

        Assert.Equal("COST", lp.ObjectiveName);
        Assert.Equal((0.0, 0.0), (lp.RowLower[row.IndexOf("R09")], lp.RowUpper[row.IndexOf("R09")]));
        Assert.Equal((double.NegativeInfinity, 80.0), (lp.RowLower[row.IndexOf("X05")], lp.RowUpper[row.IndexOf("X05")]));
        Assert.Equal((44.0, 44.0), (lp.RowLower[row.IndexOf("R23")], lp.RowUpper[row.IndexOf("R23")]));
        Assert.Equal(-0.4, lp.Cost[column.IndexOf("X02")]);
        Assert.Equal(10, lp.Cost[column.IndexOf("X39")]);
        Assert.Equal(0, lp.ObjectiveConstant);
        Assert.All(lp.ColumnLower.ToArray(), l => Assert.Equal(0, l));
        Assert.All(lp.ColumnUpper.ToArray(), u => Assert.Equal(double.PositiveInfinity, u));
    }
}
