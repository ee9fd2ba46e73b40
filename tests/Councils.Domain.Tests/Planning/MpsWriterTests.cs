using Councils.Domain.Planning.Lp;

namespace Councils.Domain.Tests.Planning;

public sealed class MpsWriterTests
{
    [Fact]
    public void Write_EveryKindOfRowAndBound_ReadsBackTheSameProgram()
    {
        var b = new LinearProgramBuilder { Name = "KINDS", ObjectiveName = "obj", ObjectiveConstant = 2.5 };
        var rows = new[]
        {
            b.AddRow("eq", 3, 3), b.AddRow("le", double.NegativeInfinity, -1.25), b.AddRow("ge", 0.1, double.PositiveInfinity),
            b.AddRow("ranged", -2, 7), b.AddRow("zero", 0, 0),
        };
        var columns = new[]
        {
            b.AddColumn("plain", 1), b.AddColumn("free", -1, double.NegativeInfinity, double.PositiveInfinity),
            b.AddColumn("fixed", 0, 4, 4), b.AddColumn("boxed", 0.3, -1, 1), b.AddColumn("below", 2, double.NegativeInfinity, -3),
            b.AddColumn("negup", 1, 0, -2), b.AddColumn("int", 1, 0, 1, integer: true), b.AddColumn("lonely", 0),
        };
        foreach (var r in rows)
        {
            foreach (var j in columns.Take(7))
                b.AddEntry(r, j, (r + 1) * 0.1 + j);
        }
        var lp = b.Build();

        var text = MpsWriter.Write(lp);

        LpAssert.Same(lp, MpsReader.Parse(text, MpsFormat.Free));
    }

    [Fact]
    public void Write_FreeRow_IsRefused()
    {
        var b = new LinearProgramBuilder();
        b.AddRow("free", double.NegativeInfinity, double.PositiveInfinity);

        Assert.Equal(Rules.PayloadInvalid, Assert.Throws<RuleViolation>(() => MpsWriter.Write(b.Build())).Rule);
    }
}
