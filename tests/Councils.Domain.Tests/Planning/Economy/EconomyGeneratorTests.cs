using System.Diagnostics;
using Councils.Domain.Planning.Economy;
using Xunit.Abstractions;

namespace Councils.Domain.Tests.Planning.Economy;

/// <summary>Generated economies: deterministic for a seed, productive, feasible at zero, and solvable at 10,000 products.</summary>
public sealed class EconomyGeneratorTests(ITestOutputHelper output)
{
    [Fact]
    public void Generate_TheSameSeed_GivesTheSameEconomy_AnotherSeedAnother()
    {
        var settings = new GeneratorSettings(500, Seed: 42);

        var once = PlanFileTests.Bytes(new PlanFile(EconomyGenerator.Generate(settings)));
        var again = PlanFileTests.Bytes(new PlanFile(EconomyGenerator.Generate(settings)));
        var other = PlanFileTests.Bytes(new PlanFile(EconomyGenerator.Generate(settings with { Seed = 43 })));

        Assert.Equal(once, again);
        Assert.NotEqual(once, other);
    }

    [Theory]
    [InlineData(1, 1, 1, 1)]
    [InlineData(2, 1, 3, 2)]
    [InlineData(1000, 2, 8, 3)]
    [InlineData(3000, 3, 19, 6)]
    public void Generate_AnySize_IsProductiveAndBounded(int products, int techniques, int inputs, int resources)
    {
        var problem = EconomyGenerator.Generate(new GeneratorSettings(products, techniques, inputs, resources));

        Assert.Equal(products + resources, problem.GoodCount);
        Assert.Equal(products * techniques, problem.TechniqueCount);
        for (var t = 0; t < problem.TechniqueCount; t++)
        {
            var technique = problem.Technique(t);
            var productInputs = 0.0;
            var labour = false;
            for (var k = 0; k < technique.Goods.Length; k++)
            {
                var good = problem.Goods[technique.Goods[k]];
                if (!good.IsPrimary && technique.Coefficients[k] < 0)
                    productInputs -= technique.Coefficients[k];
                labour |= good.Kind == GoodKind.Labour && technique.Coefficients[k] < 0;
            }
            Assert.True(productInputs <= 0.6, $"technique {t} takes {productInputs} of products per unit");
            Assert.True(labour, $"technique {t} takes no labour");
            Assert.True(double.IsFinite(technique.Capacity) && technique.Capacity > 0);
        }
        Assert.All(problem.Goods.Select((g, i) => (g, i)).Where(x => x.g.IsPrimary), x => Assert.True(problem.Available[x.i] > 0));
    }

    [Fact]
    public void Generate_TenThousandProducts_SolvesRepairsAndVerifies()
    {
        var clock = Stopwatch.StartNew();
        var problem = EconomyGenerator.Generate(new GeneratorSettings(10_000));
        var generated = clock.Elapsed;

        var solution = PlanSolver.Solve(problem, new PlanSolverOptions(Tolerance: 1e-7, CertifiedGap: 1e-2));
        var solved = clock.Elapsed;
        var report = PlanVerifier.Verify(solution.File);

        output.WriteLine($"generate {generated.TotalSeconds:F2} s, solve and repair {(solved - generated).TotalSeconds:F2} s, verify {(clock.Elapsed - solved).TotalSeconds:F2} s; {solution.Certificate}");
        Assert.True(report.Holds, string.Join("\n", report.Failures.Take(5)));
        Assert.Equal(PlanSolverOptionsStatus, solution.Certificate.Solver!.Status);
        Assert.True(solution.Certificate.Gap is >= 0 and <= 1e-2, $"certified gap {solution.Certificate.Gap}");
        Assert.Equal(solution.Certificate.Gap, report.Figures!.Gap, 1e-12);
    }

    private const string PlanSolverOptionsStatus = "certified";
}
