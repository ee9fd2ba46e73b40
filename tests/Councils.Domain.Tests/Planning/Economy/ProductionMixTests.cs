using Councils.Domain.Planning.Economy;

namespace Councils.Domain.Tests.Planning.Economy;

/// <summary>The production remade for a fulfilment through a point's own mix of techniques.</summary>
public sealed class ProductionMixTests
{
    /// <summary>Thirty loaves take 30 hours of baking, 6 of flour and 16.5 hours of labour, of which 10 are available.</summary>
    [Fact]
    public void Produce_TheBakery_MakesWhatTheNeedAsksAndLeavesTheLabourUnmade()
    {
        var problem = PlanSolverTests.Bakery(needCap: 1);
        var (activity, requirement, unmade) = Produce(problem, weights: [1, 1], start: [0, 0], fulfilment: [1]);

        Assert.Equal(30, activity[0], 1e-12);
        Assert.Equal(6, activity[1], 1e-12);
        Assert.Equal(0, unmade[0]);
        Assert.Equal(0, unmade[1]);
        Assert.Equal(6.5, requirement[2], 1e-12);
        Assert.Equal(6.5, unmade[2], 1e-12);
    }

    /// <summary>Two makers of one good share it by weight; the one at capacity passes the rest on; beyond both, it is unmade.</summary>
    [Theory]
    [InlineData(6, 2, 4, 0)]
    [InlineData(3, 1.5, 1.5, 0)]
    [InlineData(15, 2, 10, 3)]
    public void Produce_AMakerAtCapacity_PassesTheRestToTheOther(double asked, double first, double second, double unmadeTools)
    {
        var builder = new PlanProblemBuilder();
        var tools = builder.AddGood("tools", "Tools", GoodKind.Product);
        var labour = builder.AddGood("labour", "Labour hours", GoodKind.Labour, 1000);
        builder.AddTechnique("small-workshop", 2, [(tools, 1), (labour, -1)]);
        builder.AddTechnique("large-workshop", 10, [(tools, 1), (labour, -1)]);
        builder.AddNeed("commune", 1, double.PositiveInfinity, [(tools, 1)]);
        var problem = builder.Build();

        var (activity, _, unmade) = Produce(problem, weights: [1, 1], start: [5, 5], fulfilment: [asked]);

        Assert.Equal(first, activity[0], 1e-12);
        Assert.Equal(second, activity[1], 1e-12);
        Assert.Equal(unmadeTools, unmade[tools], 1e-12);
        Assert.Equal(0, unmade[labour]);
    }

    /// <summary>A by-product counts against its good's requirement, so its own maker makes only the rest.</summary>
    [Fact]
    public void Produce_AByProduct_IsTakenOffItsGoodsRequirement()
    {
        var builder = new PlanProblemBuilder();
        var grain = builder.AddGood("grain", "Grain", GoodKind.Product);
        var straw = builder.AddGood("straw", "Straw", GoodKind.Product);
        var labour = builder.AddGood("labour", "Labour hours", GoodKind.Labour, 1000);
        builder.AddTechnique("farm", 100, [(grain, 1), (straw, 0.5), (labour, -1)]);
        builder.AddTechnique("straw-gatherers", 100, [(straw, 1), (labour, -2)]);
        builder.AddNeed("village", 1, 1, [(grain, 10), (straw, 8)]);
        var problem = builder.Build();

        var (activity, _, _) = Produce(problem, weights: [1, 1], start: [0, 0], fulfilment: [1]);

        Assert.Equal(10, activity[0], 1e-12);
        Assert.Equal(3, activity[1], 1e-12);
    }

    private static (double[] Activity, double[] Requirement, double[] Unmade) Produce(PlanProblem problem, double[] weights, double[] start, double[] fulfilment)
    {
        var mix = new ProductionMix(problem);
        var requirement = new double[problem.GoodCount];
        var unmade = new double[problem.GoodCount];
        mix.Produce(weights, fulfilment, start, requirement, unmade);
        return (start, requirement, unmade);
    }
}
