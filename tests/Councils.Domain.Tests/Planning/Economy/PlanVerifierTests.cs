using Councils.Domain.Planning.Economy;

namespace Councils.Domain.Tests.Planning.Economy;

/// <summary>
/// The verifier against tampering: for small generated economies, solved, every kind of tampering is caught and named,
/// and the untampered plan holds.
/// </summary>
public sealed class PlanVerifierTests
{
    public static TheoryData<ulong> Seeds => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Verify_TheSolvedPlan_Holds(ulong seed)
    {
        var report = PlanVerifier.Verify(Solved(seed));

        Assert.True(report.Holds, string.Join("\n", report.Failures));
        Assert.Equal(0, report.Figures!.MaxShortfall);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Verify_ActivityAboveCapacity_NamesTheActivity(ulong seed)
    {
        var file = Solved(seed);
        var random = new Random((int)seed);
        for (var trial = 0; trial < 10; trial++)
        {
            var t = random.Next(file.Problem.TechniqueCount);
            var activity = file.Plan!.Activity.ToArray();
            activity[t] = file.Problem.Capacities[t] * (1 + random.NextDouble()) + 1e-3;

            AssertNames(file with { Plan = new Plan(activity, file.Plan.Fulfilment, file.Plan.Prices) }, $"plan.activity[{t}]");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Verify_FulfilmentRaisedPastSupply_NamesAShortBalance(ulong seed)
    {
        var file = Solved(seed);
        var random = new Random((int)seed);
        for (var trial = 0; trial < 10; trial++)
        {
            var n = random.Next(file.Problem.NeedCount);
            var fulfilment = file.Plan!.Fulfilment.ToArray();
            fulfilment[n] += 1000;
            var need = file.Problem.Need(n);

            var report = PlanVerifier.Verify(file with { Plan = new Plan(file.Plan.Activity, fulfilment, file.Plan.Prices) });

            Assert.Contains(report.Failures, f => need.Goods.ToArray().Any(g => f.Item == $"goods[{g}]"));
            Assert.Contains(report.Failures, f => f.Item == "certificate.objective");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Verify_APriceChanged_NamesTheBound(ulong seed)
    {
        var file = Solved(seed);
        var random = new Random((int)seed);
        for (var trial = 0; trial < 10; trial++)
        {
            var prices = file.Plan!.Prices.ToArray();
            prices[random.Next(prices.Length)] += 0.5 + random.NextDouble();

            AssertNames(file with { Plan = new Plan(file.Plan.Activity, file.Plan.Fulfilment, prices) }, "certificate.bound");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Verify_AClaimChanged_NamesTheClaim(ulong seed)
    {
        var file = Solved(seed);
        var claimed = file.Certificate!;

        AssertNames(file with { Certificate = claimed with { Objective = claimed.Objective * (1 + 1e-6) } }, "certificate.objective");
        AssertNames(file with { Certificate = claimed with { Bound = claimed.Bound * (1 - 1e-6) } }, "certificate.bound");
        AssertNames(file with { Certificate = claimed with { Gap = claimed.Gap / 2 - 1e-6 } }, "certificate.gap");
        AssertNames(file with { Certificate = claimed with { MaxShortfall = 1e-3 } }, "certificate.maxShortfall");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Verify_AnEntryDroppedOrAdded_NamesTheArray(ulong seed)
    {
        var file = Solved(seed);
        var plan = file.Plan!;

        AssertNames(file with { Plan = new Plan(plan.Activity[1..], plan.Fulfilment, plan.Prices) }, "plan.activity");
        AssertNames(file with { Plan = new Plan(plan.Activity, [.. plan.Fulfilment, 0.5], plan.Prices) }, "plan.fulfilment");
        AssertNames(file with { Plan = new Plan(plan.Activity, plan.Fulfilment, plan.Prices[..^1]) }, "plan.prices");
        AssertNames(file with { Responses = file.Responses! with { Profits = file.Responses.Profits[1..] } }, "responses.profits");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Verify_ATechniqueCoefficientChanged_Fails(ulong seed)
    {
        var file = Solved(seed);
        var problem = file.Problem;
        var random = new Random((int)seed);
        for (var trial = 0; trial < 10; trial++)
        {
            // An input with a positive price doubled, in an active technique: the good runs short, or the technique's
            // profit and the bound change. (A free input with slack could change unseen: the plan would still hold.)
            int t, k;
            do
            {
                t = random.Next(problem.TechniqueCount);
                k = -1;
                for (var e = problem.TechniqueStarts[t]; e < problem.TechniqueStarts[t + 1]; e++)
                {
                    if (problem.TechniqueCoefficients[e] < 0 && file.Plan!.Prices[problem.TechniqueGoods[e]] > 1e-6)
                        k = e;
                }
            }
            while (k < 0 || file.Plan!.Activity[t] < 1e-3 * problem.Capacities[t]);
            var coefficients = problem.TechniqueCoefficients.ToArray();
            coefficients[k] *= 2;
            var changed = new PlanProblem(
                [.. problem.Goods], problem.Available.ToArray(), [.. problem.Councils],
                problem.TechniqueCouncils.ToArray(), problem.Capacities.ToArray(), problem.TechniqueStarts.ToArray(), problem.TechniqueGoods.ToArray(), coefficients,
                problem.NeedCouncils.ToArray(), problem.Priorities.ToArray(), problem.Caps.ToArray(), problem.NeedStarts.ToArray(), problem.NeedGoods.ToArray(), problem.NeedQuantities.ToArray());
            var good = problem.TechniqueGoods[k];

            var report = PlanVerifier.Verify(file with { Problem = changed });

            Assert.False(report.Holds);
            Assert.Contains(report.Failures, f => f.Item == $"goods[{good}]" || f.Item == $"responses.profits[{t}]" || f.Item == "certificate.bound");
        }
    }

    private static void AssertNames(PlanFile file, string item)
    {
        var report = PlanVerifier.Verify(file);
        Assert.False(report.Holds);
        Assert.Contains(report.Failures, f => f.Item == item);
    }

    private static PlanFile Solved(ulong seed) =>
        PlanSolver.Solve(EconomyGenerator.Generate(new GeneratorSettings(40 + (int)seed * 10, Seed: seed)), new PlanSolverOptions(Tolerance: 1e-6)).File;
}
