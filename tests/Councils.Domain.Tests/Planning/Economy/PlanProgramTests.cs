using Councils.Domain.Planning.Economy;
using Councils.Domain.Planning.Lp;

namespace Councils.Domain.Tests.Planning.Economy;

/// <summary>The plan's linear programs, made straight from the flat arrays, are the ones a builder makes entry by entry.</summary>
public sealed class PlanProgramTests
{
    [Fact]
    public void LinearProgram_AGeneratedEconomy_IsTheBuildersProgram()
    {
        var problem = EconomyGenerator.Generate(new GeneratorSettings(50, Seed: 9));

        var direct = PlanSolver.LinearProgram(problem);

        LpAssert.Same(Built(problem, leveled: false), direct);
        Assert.True(direct.WasMaximisation);
    }

    /// <summary>The polishing program: the same balances and bounds, no objective, and the objective as a last row whose level can be moved.</summary>
    [Fact]
    public void Leveled_AGeneratedEconomy_IsTheBalancesWithTheObjectiveAsARow()
    {
        var problem = EconomyGenerator.Generate(new GeneratorSettings(50, Seed: 9));

        var leveled = PlanProgram.Leveled(problem, problem.Capacities);
        var atLevel = leveled.WithRowLower(problem.GoodCount, 12.5);

        LpAssert.Same(Built(problem, leveled: true), leveled);
        Assert.Equal(12.5, atLevel.RowLower[problem.GoodCount]);
        Assert.Equal(0, leveled.RowLower[problem.GoodCount]);
        Assert.Equal(leveled.RowLower[..problem.GoodCount].ToArray(), atLevel.RowLower[..problem.GoodCount].ToArray());
        Assert.Equal(leveled.NonZeroCount, atLevel.NonZeroCount);
        Assert.All(atLevel.Cost.ToArray(), c => Assert.Equal(0, c));
    }

    /// <summary>The program a builder makes entry by entry: with the objective as the cost, or (leveled) as a last row at level 0.</summary>
    private static LinearProgram Built(PlanProblem problem, bool leveled)
    {
        var builder = new LinearProgramBuilder { Name = leveled ? "plan-polishing" : "plan", ObjectiveName = "OBJECTIVE", WasMaximisation = !leveled };
        for (var g = 0; g < problem.GoodCount; g++)
            builder.AddRow(problem.Goods[g].Code, -problem.Available[g], double.PositiveInfinity);
        var level = leveled ? builder.AddRow("objective-level", 0, double.PositiveInfinity) : -1;
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
            var column = builder.AddColumn($"need{n}", leveled ? 0 : -need.Priority, 0, need.Cap);
            for (var k = 0; k < need.Goods.Length; k++)
                builder.AddEntry(need.Goods[k], column, -need.Quantities[k]);
            if (leveled)
                builder.AddEntry(level, column, need.Priority);
        }
        return builder.Build();
    }
}
