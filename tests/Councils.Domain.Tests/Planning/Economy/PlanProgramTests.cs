using Councils.Domain.Planning.Economy;
using Councils.Domain.Planning.Lp;

namespace Councils.Domain.Tests.Planning.Economy;

/// <summary>The plan's linear program, made straight from the flat arrays, is the one a builder makes entry by entry.</summary>
public sealed class PlanProgramTests
{
    [Fact]
    public void LinearProgram_AGeneratedEconomy_IsTheBuildersProgram()
    {
        var problem = EconomyGenerator.Generate(new GeneratorSettings(50, Seed: 9));

        var direct = PlanSolver.LinearProgram(problem);

        var builder = new LinearProgramBuilder { Name = "plan", ObjectiveName = "OBJECTIVE", WasMaximisation = true };
        for (var g = 0; g < problem.GoodCount; g++)
            builder.AddRow(problem.Goods[g].Code, -problem.Available[g], double.PositiveInfinity);
        for (var t = 0; t < problem.TechniqueCount; t++)
        {
            var column = builder.AddColumn($"technique{t}", 0, 0, problem.Capacities[t]);
            var technique = problem.Technique(t);
            for (var k = 0; k < technique.Goods.Length; k++)
                builder.AddEntry(technique.Goods[k], column, technique.Coefficients[k]);
        }
        for (var n = 0; n < problem.NeedCount; n++)
        {
            var need = problem.Need(n);
            var column = builder.AddColumn($"need{n}", -need.Priority, 0, need.Cap);
            for (var k = 0; k < need.Goods.Length; k++)
                builder.AddEntry(need.Goods[k], column, -need.Quantities[k]);
        }
        LpAssert.Same(builder.Build(), direct);
        Assert.True(direct.WasMaximisation);
    }
}
