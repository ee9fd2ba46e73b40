using Councils.Domain.Planning.Lp;

namespace Councils.Domain.Tests.Planning;

public sealed class MpsReaderTests
{
    private static LinearProgram Free(string body) => MpsReader.Parse(body, MpsFormat.Free);

    private const string Rows = """
        NAME T
        ROWS
         N obj
         E e
         L l
         G g
        COLUMNS
            x obj 1 e 1
            x l 1 g 1
            y obj 2 e 1
        """;

    /// <summary>The range rules: E by the sign of R, L downwards, G upwards.</summary>
    [Theory]
    [InlineData("e", 4.0, 4.0, 4.0, 8.0)]
    [InlineData("e", -4.0, 4.0, 0.0, 4.0)]
    [InlineData("l", 4.0, 4.0, 0.0, 4.0)]
    [InlineData("l", -4.0, 4.0, 0.0, 4.0)]
    [InlineData("g", 4.0, 4.0, 4.0, 8.0)]
    [InlineData("g", -4.0, 4.0, 4.0, 8.0)]
    public void Read_Ranges_FollowTheSignRules(string row, double range, double rhs, double lower, double upper)
    {
        var lp = Free($"{Rows}\nRHS\n    B {row} {rhs}\nRANGES\n    R {row} {range}\nENDATA\n");
        var r = lp.RowNames.ToList().IndexOf(row);

        Assert.Equal((lower, upper), (lp.RowLower[r], lp.RowUpper[r]));
    }

    [Fact]
    public void Read_RowsWithoutRanges_AreEqualityAtMostAtLeast()
    {
        var lp = Free($"{Rows}\nRHS\n    B e 1 l 2\n    B g 3\nENDATA\n");

        Assert.Equal([1.0, double.NegativeInfinity, 3.0], lp.RowLower.ToArray());
        Assert.Equal([1.0, 2.0, double.PositiveInfinity], lp.RowUpper.ToArray());
    }

    /// <summary>Each bound type, applied to a column whose bounds start at [0, +∞).</summary>
    [Theory]
    [InlineData("UP BND x 5", 0.0, 5.0, false)]
    [InlineData("LO BND x -2", -2.0, double.PositiveInfinity, false)]
    [InlineData("FX BND x 3", 3.0, 3.0, false)]
    [InlineData("FR BND x", double.NegativeInfinity, double.PositiveInfinity, false)]
    [InlineData("MI BND x", double.NegativeInfinity, double.PositiveInfinity, false)]
    [InlineData("PL BND x", 0.0, double.PositiveInfinity, false)]
    [InlineData("BV BND x", 0.0, 1.0, true)]
    [InlineData("LI BND x 1", 1.0, double.PositiveInfinity, true)]
    [InlineData("UI BND x 9", 0.0, 9.0, true)]
    [InlineData("UP x 5", 0.0, 5.0, false)]
    [InlineData("FR x", double.NegativeInfinity, double.PositiveInfinity, false)]
    [InlineData("UP BND x 1e30", 0.0, double.PositiveInfinity, false)]
    [InlineData("LO BND x -1e30", double.NegativeInfinity, double.PositiveInfinity, false)]
    public void Read_Bounds_SetTheColumnBounds(string bound, double lower, double upper, bool integer)
    {
        var lp = Free($"{Rows}\nBOUNDS\n {bound}\nENDATA\n");

        Assert.Equal((lower, upper, integer), (lp.ColumnLower[0], lp.ColumnUpper[0], lp.IsInteger[0]));
        Assert.Equal((0.0, double.PositiveInfinity), (lp.ColumnLower[1], lp.ColumnUpper[1]));
    }

    [Fact]
    public void Read_NegativeUpperBoundOnLowerZero_MakesTheLowerBoundMinusInfinityWithAWarning()
    {
        var lp = Free($"{Rows}\nBOUNDS\n UP BND x -5\n LO BND y -1\n UP BND y -0.5\nENDATA\n");

        Assert.Equal((double.NegativeInfinity, -5.0), (lp.ColumnLower[0], lp.ColumnUpper[0]));
        Assert.Equal((-1.0, -0.5), (lp.ColumnLower[1], lp.ColumnUpper[1]));
        Assert.Single(lp.Warnings, w => w.Contains("column x", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ObjectiveRhs_IsTheNegatedConstant()
    {
        var lp = Free($"{Rows}\nRHS\n    B obj 7.5\nENDATA\n");

        Assert.Equal(-7.5, lp.ObjectiveConstant);
        Assert.Equal(-7.5 + 1 + 2, lp.ObjectiveValue([1.0, 1.0]));
    }

    [Fact]
    public void Read_ObjsenseMax_NegatesTheObjective()
    {
        var lp = Free($"OBJSENSE\n    MAX\n{Rows}\nRHS\n    B obj 7.5\nENDATA\n");

        Assert.True(lp.WasMaximisation);
        Assert.Equal([-1.0, -2.0], lp.Cost.ToArray());
        Assert.Equal(7.5, lp.ObjectiveConstant);
    }

    [Fact]
    public void Read_ObjsenseMaxOnItsHeaderLine_NegatesTheObjective()
    {
        var lp = Free($"OBJSENSE MAXIMIZE\n{Rows}\nENDATA\n");

        Assert.True(lp.WasMaximisation);
        Assert.Equal([-1.0, -2.0], lp.Cost.ToArray());
    }

    [Fact]
    public void Read_SecondNRowAndIntegerMarkers_AreDroppedAndNoted()
    {
        var lp = Free("""
            NAME M
            ROWS
             N obj
             N other
             L c
            COLUMNS
                MARKER 'MARKER' 'INTORG'
                x obj 1 c 1
                x other 9
                MARKER 'MARKER' 'INTEND'
                y obj 1 c 1
            RHS
                B c 4 other 3
            ENDATA
            """);

        Assert.Equal(["c"], lp.RowNames);
        Assert.Equal([true, false], lp.IsInteger.ToArray());
        Assert.Equal(2, lp.NonZeroCount);
        Assert.Equal(2, lp.Warnings.Count);
    }

    [Fact]
    public void Read_FixedWithSpacesInNamesAndEmptySetName_TakesFieldsByPosition()
    {
        var text = string.Join('\n',
            "NAME          SPACES",
            "ROWS",
            Card("N", "COST"),
            Card("L", "ROW A"),
            "COLUMNS",
            Card("", "COL 1", "COST", "1.", "ROW A", "-.5"),
            "RHS",
            Card("", "", "ROW A", "1."),
            "BOUNDS",
            Card("UP", "BND", "COL 1", "4."),
            "ENDATA");

        var lp = MpsReader.Parse(text, MpsFormat.Fixed);

        Assert.Equal(["ROW A"], lp.RowNames);
        Assert.Equal(["COL 1"], lp.ColumnNames);
        Assert.Equal(-0.5, lp.RowValues[0]);
        Assert.Equal(1, lp.RowUpper[0]);
        Assert.Equal(4, lp.ColumnUpper[0]);
    }

    /// <summary>In fixed mode a line is taken by position only when it keeps to the columns.</summary>
    [Theory]
    [InlineData("              65               23.26   66                5.25   ", true, "|65|23.26|66|5.25")]
    [InlineData("    X01       X48               .301   R09                -1.   ", true, "X01|X48|.301|R09|-1.")]
    [InlineData("    X1 COST -5.0 C1 2.0", false, "X1|COST|-5.0|C1|2.0")]
    [InlineData("    LONGCOLUMNNAME  ROW1  1.0", false, "LONGCOLUMNNAME|ROW1|1.0")]
    public void Fields_FixedLine_ByPositionOnlyWhenItKeepsToTheColumns(string line, bool byPosition, string fields)
    {
        var read = MpsReader.Fields(line, MpsFormat.Fixed, out var positional);

        Assert.Equal(byPosition, positional);
        Assert.Equal(fields, string.Join('|', positional ? read.Skip(1).Take(5) : read));
    }

    /// <summary>A fixed-MPS card: fields in columns 2-3, 5-12, 15-22, 25-36, 40-47 and 50-61.</summary>
    private static string Card(string f1, string f2, string f3 = "", string f4 = "", string f5 = "", string f6 = "") =>
        $" {f1,-2} {f2,-8}  {f3,-8}  {f4,12}   {f5,-8}  {f6,12}".TrimEnd();

    /// <summary>Bad input is refused naming the line and the part of it.</summary>
    [Theory]
    [InlineData("NAME T\nROWS\n N obj\nSOS\nENDATA\n", 4, "section")]
    [InlineData("NAME T\nROWS\n N obj\n L c\nCOLUMNS\n    x obj 1 d 1\nENDATA\n", 6, "row")]
    [InlineData("NAME T\nROWS\n N obj\n L c\nCOLUMNS\n    x obj 1 c 1.2.3\nENDATA\n", 6, "value")]
    [InlineData("NAME T\nROWS\n N obj\n L c\nCOLUMNS\n    x obj 1 c 1\nBOUNDS\n XX BND x 1\nENDATA\n", 8, "type")]
    [InlineData("NAME T\nROWS\n N obj\n L c\nCOLUMNS\n    x obj 1 c 1\nRHS\n    B d 1\nENDATA\n", 8, "row")]
    [InlineData("NAME T\nROWS\n N obj\n L c\nCOLUMNS\n    x obj 1 c 1\nBOUNDS\n UP BND z 1\nENDATA\n", 8, "column")]
    [InlineData("NAME T\nROWS\n N obj\n Q c\nENDATA\n", 4, "row")]
    [InlineData("NAME T\nROWS\n N obj\n L c\nCOLUMNS\n    x c 1 c 2\nENDATA\n", 6, "row")]
    [InlineData("NAME T\nROWS\n N obj\n L c\nCOLUMNS\n    x obj 1 c 1\n", 6, "section")]
    [InlineData("NAME T\nROWS\n N obj\n L c\n L c\nENDATA\n", 5, "row")]
    [InlineData("NAME T\nROWS\n N obj\n L c\nCOLUMNS\n    x obj 1 c 1\nRANGES\n    R obj 1\nENDATA\n", 8, "row")]
    [InlineData("NAME T\nROWS\n N obj\n L c\nCOLUMNS\n    x obj 1 c 1\nRHS\n    B c\nENDATA\n", 8, "value")]
    [InlineData("NAME T\nOBJSENSE SIDEWAYS\nROWS\n N obj\nENDATA\n", 2, "objsense")]
    [InlineData("NAME T\nROWS\n N obj\nENDATA\nROWS\n", 5, "section")]
    public void Read_BadInput_NamesTheLine(string text, int line, string part)
    {
        var error = Assert.Throws<RuleViolation>(() => MpsReader.Parse(text, MpsFormat.Free));

        Assert.Equal(Rules.PayloadInvalid, error.Rule);
        Assert.StartsWith($"MPS line {line}:", error.Message, StringComparison.Ordinal);
        Assert.Equal($"mps.line[{line}].{part}", error.Field);
    }
}
