using Councils.Domain.Planning.Economy;

namespace Councils.Domain.Tests.Planning.Economy;

/// <summary>The repair ends, from any point, at a plan that meets every bound and balance exactly.</summary>
public sealed class FeasibilityRepairTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Repair_ARandomPoint_EndsExactlyFeasible(int seed)
    {
        var problem = EconomyGenerator.Generate(new GeneratorSettings(80, Seed: (ulong)seed));
        var random = new Random(seed);
        for (var trial = 0; trial < 20; trial++)
        {
            // Anything: negative, over capacity, NaN, far too much of everything.
            var activity = new double[problem.TechniqueCount];
            var fulfilment = new double[problem.NeedCount];
            for (var t = 0; t < activity.Length; t++)
                activity[t] = random.Next(10) == 0 ? double.NaN : (random.NextDouble() * 3 - 0.5) * problem.Capacities[t];
            for (var n = 0; n < fulfilment.Length; n++)
                fulfilment[n] = random.NextDouble() * 5 - 1;

            FeasibilityRepair.Repair(problem, activity, fulfilment);

            var plan = new Plan(activity, fulfilment, new double[problem.GoodCount]);
            var report = PlanVerifier.Verify(new PlanFile(problem, plan, PlanSolver.Certify(problem, plan)));
            Assert.True(report.Holds, string.Join("\n", report.Failures.Take(3)));
            Assert.Equal(0, report.Figures!.MaxShortfall);
            Assert.All(activity, (x, t) => Assert.InRange(x, 0, problem.Capacities[t]));
        }
    }

    [Fact]
    public void Repair_AFeasiblePoint_IsLeftAlone()
    {
        var problem = PlanSolverTests.Bakery(needCap: 1);
        double[] activity = [10, 2], fulfilment = [1.0 / 3];

        var rounds = FeasibilityRepair.Repair(problem, activity, fulfilment);

        Assert.Equal(0, rounds);
        Assert.Equal([10.0, 2.0], activity);
        Assert.Equal(1.0 / 3, fulfilment[0]);
    }

    [Fact]
    public void Repair_AShortProduct_IsMadeRatherThanItsConsumersCut()
    {
        var problem = PlanSolverTests.Bakery(needCap: 1);
        // The bakery needs 2 flour for 10 loaves; the mill makes 1.9.
        double[] activity = [10, 1.9], fulfilment = [1.0 / 3];

        FeasibilityRepair.Repair(problem, activity, fulfilment);

        Assert.True(activity[1] >= 2, $"the mill makes {activity[1]}");
        Assert.Equal(10.0, activity[0], 1e-9);
        Assert.Equal(1.0 / 3, fulfilment[0], 1e-9);
    }
}
