using Councils.Domain.Planning.Economy;

namespace Councils.Domain.Tests.Planning.Economy;

/// <summary>The repair ends, from any point, at a plan that meets every bound and balance exactly.</summary>
public sealed class FeasibilityRepairTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 0)]
    [InlineData(4, 0)]
    [InlineData(1, 3)]
    [InlineData(2, 3)]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    public void Repair_ARandomPoint_EndsExactlyFeasible(int seed, int cuts)
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

            FeasibilityRepair.Repair(problem, activity, fulfilment, cuts);

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

    /// <summary>
    /// Two workshops, each at capacity, serve two needs; the east need asks for a tenth more than its workshop makes.
    /// The blend gives up a share of both needs to free capacity in the east; the scarcity cuts give up only (about) the
    /// tenth the east need asked beyond it, and the west keeps all it has. The first cut gives up the east need whole;
    /// the rounds after it give back all but what the east workshop cannot make (aiming 1 % beyond it).
    /// </summary>
    [Fact]
    public void Repair_WithAScarcityCut_GivesUpOnlyTheNeedThatEmbodiesTheShortGood()
    {
        var problem = TwoWorkshops();
        double[] activity = [1, 10], fulfilment = [1.1, 10];
        double[] blendActivity = [1, 10], blendFulfilment = [1.1, 10];

        FeasibilityRepair.Repair(problem, blendActivity, blendFulfilment);
        FeasibilityRepair.Repair(problem, activity, fulfilment, cuts: 6);

        Assert.InRange(blendFulfilment[0] + blendFulfilment[1], 10.0, 10.2);
        Assert.InRange(fulfilment[0], 0.998, 1.0);
        Assert.Equal(10.0, fulfilment[1], 1e-6);
        var plan = new Plan(activity, fulfilment, new double[problem.GoodCount]);
        Assert.True(PlanVerifier.Verify(new PlanFile(problem, plan, PlanSolver.Certify(problem, plan))).Holds);
    }

    /// <summary>A need of no priority that embodies the short good is given up whole, at no cost, and the west keeps all.</summary>
    [Fact]
    public void Repair_WithScarcityCuts_GivesUpANeedOfNoPriorityFirst()
    {
        var problem = TwoWorkshops(eastPriority: 0);
        double[] activity = [1, 10], fulfilment = [1.1, 10];

        FeasibilityRepair.Repair(problem, activity, fulfilment, cuts: 6);

        Assert.Equal(0, fulfilment[0]);
        Assert.Equal(10.0, fulfilment[1], 1e-6);
    }

    private static PlanProblem TwoWorkshops(double eastPriority = 1)
    {
        var builder = new PlanProblemBuilder();
        var east = builder.AddGood("east", "East goods", GoodKind.Product);
        var west = builder.AddGood("west", "West goods", GoodKind.Product);
        var labour = builder.AddGood("labour", "Labour hours", GoodKind.Labour, 100);
        builder.AddTechnique("east-workshop", 1, [(east, 1), (labour, -1)]);
        builder.AddTechnique("west-workshop", 10, [(west, 1), (labour, -1)]);
        builder.AddNeed("east-commune", eastPriority, double.PositiveInfinity, [(east, 1)]);
        builder.AddNeed("west-commune", 1, double.PositiveInfinity, [(west, 1)]);
        return builder.Build();
    }
}
