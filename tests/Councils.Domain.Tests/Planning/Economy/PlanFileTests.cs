using System.Text;
using Councils.Domain.Planning.Economy;

namespace Councils.Domain.Tests.Planning.Economy;

/// <summary>The plan file: what is written reads back the same, and what is not a plan file is refused by line or path.</summary>
public sealed class PlanFileTests
{
    [Fact]
    public void WriteThenRead_ASolvedEconomy_WritesTheSameBytesAgain()
    {
        var problem = EconomyGenerator.Generate(new GeneratorSettings(300, Seed: 3));
        var solution = PlanSolver.Solve(problem, new PlanSolverOptions(Tolerance: 1e-4));
        var first = Bytes(solution.File);
        Assert.True(first.Length > 1 << 17, "the file spans several read buffers");

        var back = PlanFileReader.Read(new MemoryStream(first));

        Assert.Equal(first, Bytes(back));
        Assert.Equal(problem.Origin, back.Problem.Origin);
        Assert.True(PlanVerifier.Verify(back).Holds);
    }

    [Fact]
    public void Read_AProblemOnly_HasNoPlan()
    {
        var back = PlanFileReader.Read(new MemoryStream(Bytes(new PlanFile(PlanSolverTests.Bakery(double.PositiveInfinity)))));

        Assert.Null(back.Plan);
        Assert.Null(back.Certificate);
        Assert.Equal(double.PositiveInfinity, back.Problem.Caps[0]);
        Assert.Equal(["bakery", "mill", "street"], back.Problem.Councils);
    }

    [Theory]
    [InlineData("{\n\"format\": \"councils-plan-1\",\n\"goods\": [\n}\n", "line 4")]
    [InlineData("{\"format\": \"councils-plan-1\", \"goods\": [{\"code\": \"a\"}], \"techniques\": [{\"council\": \"w\", \"capacity\": 1, \"inputs\": {\"b\": 1}}]}", "techniques[0].inputs.b")]
    [InlineData("{\"format\": \"councils-plan-1\", \"goods\": [{\"code\": \"a\"}], \"needs\": [{\"council\": \"c\", \"priority\": -1}]}", "needs[0].priority")]
    [InlineData("{\"format\": \"councils-plan-1\", \"techniques\": []}", "techniques comes before goods")]
    [InlineData("{\"format\": \"councils-plan-2\", \"goods\": []}", "format")]
    [InlineData("{\"format\": \"councils-plan-1\", \"goods\": [{\"code\": \"a\"}, {\"code\": \"a\"}]}", "goods[1].code")]
    [InlineData("{\"format\": \"councils-plan-1\", \"goods\": [{\"code\": \"a\"}], \"plan\": {\"activity\": [\"x\"]}}", "plan.activity[0]")]
    [InlineData("", "line 1")]
    public void Read_NotAPlanFile_IsRefusedNamingTheLineOrPath(string text, string names)
    {
        var refusal = Assert.Throws<RuleViolation>(() => PlanFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "p.json"));

        Assert.Equal(Rules.PayloadInvalid, refusal.Rule);
        Assert.Contains(names, refusal.Message, StringComparison.Ordinal);
        Assert.StartsWith("p.json", refusal.Message, StringComparison.Ordinal);
    }

    internal static byte[] Bytes(PlanFile file)
    {
        using var stream = new MemoryStream();
        PlanFileWriter.Write(stream, file);
        return stream.ToArray();
    }
}
