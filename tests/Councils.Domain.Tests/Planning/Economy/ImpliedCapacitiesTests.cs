using Councils.Domain.Planning.Economy;

namespace Councils.Domain.Tests.Planning.Economy;

/// <summary>The capacities the balances imply, and the prices that carry them back to the problem as posed.</summary>
public sealed class ImpliedCapacitiesTests
{
    private const double Slack = 1 + 1e-9;

    /// <summary>
    /// Two tools a day can be made; a machine takes half a tool, so at most 4 machines; a press takes two machines, so
    /// at most 2 presses, which only the second round can know. Labour (1,000 hours) bounds no one, the carpenters
    /// (two hours a chair, 500 chairs) only just.
    /// </summary>
    [Fact]
    public void Of_AChainOfScarceInputs_TightensRoundByRound()
    {
        var problem = Workshops(out _);

        var implied = ImpliedCapacities.Of(problem);

        Assert.Equal(2, implied.Capacities[0]);
        Assert.Equal(4 * Slack, implied.Capacities[1], 1e-12);
        Assert.Equal(2 * Slack * Slack, implied.Capacities[2], 1e-12);
        Assert.Equal(500, implied.Capacities[3]);
        Assert.Equal(2, implied.Tightened);
        Assert.Equal(3, implied.Rounds);
    }

    /// <summary>What is available counts as supply: 10 hours of labour bound a bakery that would take half an hour a loaf to 20 loaves.</summary>
    [Fact]
    public void Of_AnAvailableResource_BoundsItsUsers()
    {
        var implied = ImpliedCapacities.Of(PlanSolverTests.Bakery(needCap: 1));

        Assert.Equal(20 * Slack, implied.Capacities[0], 1e-12);
        Assert.Equal(40 * Slack, implied.Capacities[1], 1e-12);
    }

    /// <summary>Every plan that meets the balances meets the implied capacities: the solved plans of generated economies do.</summary>
    [Theory]
    [InlineData(300, 7UL)]
    [InlineData(2000, 3UL)]
    public void Of_AGeneratedEconomy_CutsOffNoPlanThatMeetsTheBalances(int products, ulong seed)
    {
        var problem = EconomyGenerator.Generate(new GeneratorSettings(products, Seed: seed));
        var implied = ImpliedCapacities.Of(problem);
        var plan = PlanSolver.Solve(problem, new PlanSolverOptions(Tolerance: 1e-6)).Plan;

        Assert.True(implied.Tightened > 0);
        for (var t = 0; t < problem.TechniqueCount; t++)
            Assert.True(plan.Activity[t] <= implied.Capacities[t], $"technique {t}: {plan.Activity[t]} over {implied.Capacities[t]}");
    }

    /// <summary>
    /// At prices that leave the tool-bound machine shop a profit of 3 a machine, the bounded program's bound counts it
    /// at its implied capacity (4 machines: 12); the posed problem counts all 100 (300). Moving the profit onto the
    /// price of tools (6 a tool) zeroes it; the two toolmakers then earn 11 instead, and the bound as posed is 521,
    /// no more than the bounded program's 522.
    /// </summary>
    [Fact]
    public void Prices_AProfitHeldByAnImpliedCapacity_MovesOntoTheGoodThatBindsIt()
    {
        var problem = Workshops(out var goods);
        var implied = ImpliedCapacities.Of(problem);
        var duals = new double[problem.GoodCount];
        duals[goods.Machines] = 3.5;
        duals[goods.Labour] = 0.5;

        var prices = implied.Prices(duals);

        Assert.Equal(6, prices[goods.Tools], 1e-9);
        Assert.Equal(0, CouncilResponses.Profit(problem.Technique(1), prices), 1e-9);
        Assert.Equal(3.5, prices[goods.Machines]);
        // Labour 1,000 × 0.5, the machine shop 100 × 3, the city's presses 10 × 1.
        Assert.Equal(500 + 300 + 10, CouncilResponses.Bound(problem, duals), 1e-6);
        // Labour, the toolmakers 2 × (6 − 0.5), the city.
        Assert.Equal(500 + 11 + 10, CouncilResponses.Bound(problem, prices), 1e-6);
    }

    /// <summary>Negative or non-finite duals are read as price 0, as the bound reads them.</summary>
    [Fact]
    public void Prices_NegativeAndNonFiniteDuals_AreZero()
    {
        var problem = Workshops(out var goods);
        var duals = new double[problem.GoodCount];
        duals[goods.Tools] = -2;
        duals[goods.Labour] = double.NaN;

        var prices = ImpliedCapacities.Of(problem).Prices(duals);

        Assert.All(prices, p => Assert.Equal(0, p));
    }

    private static PlanProblem Workshops(out (int Tools, int Machines, int Presses, int Labour) goods)
    {
        var builder = new PlanProblemBuilder();
        var tools = builder.AddGood("tools", "Tools", GoodKind.Product);
        var machines = builder.AddGood("machines", "Machines", GoodKind.Product);
        var presses = builder.AddGood("presses", "Presses", GoodKind.Product);
        var chairs = builder.AddGood("chairs", "Chairs", GoodKind.Product);
        var labour = builder.AddGood("labour", "Labour hours", GoodKind.Labour, 1000);
        builder.AddTechnique("toolmakers", 2, [(tools, 1), (labour, -1)]);
        builder.AddTechnique("machine-shop", 100, [(machines, 1), (tools, -0.5), (labour, -1)]);
        builder.AddTechnique("press-works", 50, [(presses, 1), (machines, -2), (labour, -1)]);
        builder.AddTechnique("carpenters", 500, [(chairs, 1), (labour, -2)]);
        builder.AddNeed("city", 1, 10, [(presses, 1)]);
        goods = (tools, machines, presses, labour);
        return builder.Build();
    }
}
