using Councils.Domain.Planning.Lp;

namespace Councils.Domain.Tests.Planning;

public sealed class LinearProgramTests
{
    /// <summary>
    /// AFIRO's optimal point as CPLEX reports it (skony/SolversCmparision, outputs/afirocplex.sol, a basic
    /// solution by the dual simplex; columns not listed are 0). It is feasible in the parsed program and
    /// attains Koch's optimum −406659/875 = −464.7531428571…
    /// </summary>
    [Fact]
    public void Afiro_PublishedOptimalPoint_IsFeasibleAndAttainsTheOptimum()
    {
        var lp = LpAssert.Netlib("AFIRO.mps");
        var point = new Dictionary<string, double>
        {
            ["X01"] = 80, ["X02"] = 25.5, ["X03"] = 54.5, ["X04"] = 84.8, ["X06"] = 18.2142857142857,
            ["X14"] = 18.2142857142857, ["X16"] = 19.3071428571429, ["X22"] = 500, ["X23"] = 475.92,
            ["X24"] = 24.08, ["X26"] = 215, ["X36"] = 339.942857142857, ["X37"] = 383.942857142857,
        };
        var x = lp.ColumnNames.Select(name => point.GetValueOrDefault(name)).ToArray();
        var activity = new double[lp.RowCount];

        lp.Multiply(x, activity);

        Assert.Equal(-406659.0 / 875, lp.ObjectiveValue(x), 1e-9 * 464.75);
        for (var r = 0; r < lp.RowCount; r++)
        {
            Assert.True(activity[r] >= lp.RowLower[r] - 1e-9 && activity[r] <= lp.RowUpper[r] + 1e-9,
                $"Row {lp.RowNames[r]}: activity {activity[r]} outside [{lp.RowLower[r]}, {lp.RowUpper[r]}].");
        }
    }

    [Theory]
    [InlineData("AFIRO.mps")]
    [InlineData("ADLITTLE.mps")]
    [InlineData("BLEND.mps")]
    public void RowsAndColumns_HoldTheSameMatrix(string file)
    {
        var lp = LpAssert.Netlib(file);
        var byColumns = new HashSet<(int, int, double)>();
        for (var j = 0; j < lp.ColumnCount; j++)
        {
            for (var k = lp.ColumnStarts[j]; k < lp.ColumnStarts[j + 1]; k++)
                byColumns.Add((lp.ColumnRowIndices[k], j, lp.ColumnValues[k]));
        }
        var byRows = new HashSet<(int, int, double)>();
        for (var r = 0; r < lp.RowCount; r++)
        {
            for (var k = lp.RowStarts[r]; k < lp.RowStarts[r + 1]; k++)
                byRows.Add((r, lp.RowColumnIndices[k], lp.RowValues[k]));
        }

        Assert.Equal(lp.NonZeroCount, byColumns.Count);
        Assert.True(byColumns.SetEquals(byRows));
    }

    [Fact]
    public void Multiply_AndItsTranspose_AgreeOnYTransposeAx()
    {
        var lp = LpAssert.Netlib("ADLITTLE.mps");
        var x = Enumerable.Range(0, lp.ColumnCount).Select(j => Math.Sin(j + 1)).ToArray();
        var y = Enumerable.Range(0, lp.RowCount).Select(r => Math.Cos(r + 1)).ToArray();
        var ax = new double[lp.RowCount];
        var aty = new double[lp.ColumnCount];

        lp.Multiply(x, ax);
        lp.MultiplyTransposed(y, aty);

        Assert.Equal(y.Zip(ax, (a, b) => a * b).Sum(), x.Zip(aty, (a, b) => a * b).Sum(), 1e-9);
    }

    [Fact]
    public void Build_TwoEntriesInOneCell_IsRefused()
    {
        var builder = new LinearProgramBuilder();
        builder.AddRow("r", 0, 1);
        builder.AddColumn("x", 1);
        builder.AddEntry(0, 0, 1);
        builder.AddEntry(0, 0, 2);

        Assert.Equal(Rules.PayloadInvalid, Assert.Throws<RuleViolation>(builder.Build).Rule);
    }
}
