using System.Globalization;

namespace Councils.Domain.Planning.Economy;

/// <summary>
/// Checks a plan file from the problem alone, without the solver: every bound, every material balance, the
/// objective, the bound of the published prices, the gap, and the published council responses; then compares the
/// certificate's claims with what it found.
/// </summary>
/// <remarks>
/// <para>It has its own loops over the techniques and needs (not the solver's linear program or balances), so a
/// fault in the solver's code cannot hide itself here.</para>
/// <para>Tolerances: a bound or balance may be off by 1e-9·(1 + scale), where the scale of a bound is the bound and
/// the scale of a balance is supply + use (the sum of the magnitudes of its terms); a claimed figure must match the
/// recomputed one to 1e-9 relative (to 1e-9·max(1, |figure|) absolute); a gap, already relative, to 1e-9.</para>
/// </remarks>
public static class PlanVerifier
{
    private const double Tolerance = 1e-9;

    /// <summary>Verifies <paramref name="file"/>; a problem-only file fails with "plan: missing".</summary>
    public static VerificationReport Verify(PlanFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var failures = new List<VerificationFailure>();
        var problem = file.Problem;
        if (file.Plan is not { } plan || file.Certificate is not { } claimed)
        {
            failures.Add(new VerificationFailure("plan", "The file has no plan or no certificate to verify.", double.NaN));
            return new VerificationReport(failures, null);
        }
        Length(failures, "plan.activity", plan.Activity.Length, problem.TechniqueCount, "techniques");
        Length(failures, "plan.fulfilment", plan.Fulfilment.Length, problem.NeedCount, "needs");
        Length(failures, "plan.prices", plan.Prices.Length, problem.GoodCount, "goods");
        if (failures.Count > 0)
            return new VerificationReport(failures, null);
        var excess = Bounds(failures, "plan.activity", "technique", plan.Activity, problem.Capacities);
        excess = Math.Max(excess, Bounds(failures, "plan.fulfilment", "need", plan.Fulfilment, problem.Caps));
        for (var g = 0; g < problem.GoodCount; g++)
        {
            if (double.IsNaN(plan.Prices[g]) || double.IsInfinity(plan.Prices[g]))
                failures.Add(new VerificationFailure($"plan.prices[{g}]", $"The price of {problem.Goods[g].Code} is {plan.Prices[g]}, not a finite number.", double.NaN));
        }
        var (maxShortfall, norm, worst, worstSlack) = CheckBalances(failures, problem, plan);
        var objective = 0.0;
        for (var n = 0; n < problem.NeedCount; n++)
            objective += problem.Priorities[n] * plan.Fulfilment[n];
        var (bound, profits, values) = VerifierBound.Compute(problem, plan.Prices);
        var gap = double.IsPositiveInfinity(bound) ? double.PositiveInfinity : (bound - objective) / Math.Max(1, Math.Abs(bound));
        Claim(failures, "certificate.objective", "objective", claimed.Objective, objective, Tolerance * Math.Max(1, Math.Abs(objective)));
        Claim(failures, "certificate.bound", "bound from the published prices", claimed.Bound, bound, Tolerance * Math.Max(1, Math.Abs(bound)));
        Claim(failures, "certificate.gap", "relative gap", claimed.Gap, gap, Tolerance);
        Claim(failures, "certificate.maxShortfall", "largest balance shortfall", claimed.MaxShortfall, maxShortfall, Tolerance * (1 + maxShortfall));
        if (gap < -Tolerance)
            failures.Add(new VerificationFailure("certificate.gap", Text($"The objective {objective:R} exceeds the bound {bound:R}: no feasible plan can, so the plan or its prices are wrong."), -gap));
        if (file.Responses is { } responses)
        {
            Responses(failures, "responses.profits", "technique", responses.Profits, profits);
            Responses(failures, "responses.values", "need", responses.Values, values);
        }
        var figures = new VerifiedFigures(objective, bound, gap, maxShortfall, norm, excess, worst < 0 ? "" : problem.Goods[worst].Code, worstSlack);
        return new VerificationReport(failures, figures);
    }

    private static void Length(List<VerificationFailure> failures, string item, int length, int expected, string what)
    {
        if (length != expected)
            failures.Add(new VerificationFailure(item, Text($"{item} has {length} entries; the problem has {expected} {what}."), Math.Abs(length - expected)));
    }

    private static double Bounds(List<VerificationFailure> failures, string item, string what, ReadOnlySpan<double> levels, ReadOnlySpan<double> upper)
    {
        var excess = 0.0;
        for (var i = 0; i < levels.Length; i++)
        {
            var level = levels[i];
            if (double.IsNaN(level))
            {
                failures.Add(new VerificationFailure($"{item}[{i}]", $"The level of {what} {i} is not a number.", double.NaN));
                continue;
            }
            if (level < -Tolerance)
            {
                failures.Add(new VerificationFailure($"{item}[{i}]", Text($"The level of {what} {i} is {level:R}, below 0 by {-level:R}."), -level));
                excess = Math.Max(excess, -level);
            }
            else if (level > upper[i] + Tolerance * (1 + upper[i]))
            {
                failures.Add(new VerificationFailure($"{item}[{i}]", Text($"The level of {what} {i} is {level:R}, above its {(what == "need" ? "cap" : "capacity")} {upper[i]:R} by {level - upper[i]:R}."), level - upper[i]));
                excess = Math.Max(excess, level - upper[i]);
            }
        }
        return excess;
    }

    private static (double Max, double Norm, int Worst, double WorstSlack) CheckBalances(List<VerificationFailure> failures, PlanProblem problem, Plan plan)
    {
        var supply = problem.Available.ToArray();
        var use = new double[problem.GoodCount];
        for (var t = 0; t < problem.TechniqueCount; t++)
        {
            var technique = problem.Technique(t);
            var goods = technique.Goods;
            var coefficients = technique.Coefficients;
            for (var k = 0; k < goods.Length; k++)
            {
                var flow = coefficients[k] * plan.Activity[t];
                if (flow >= 0)
                    supply[goods[k]] += flow;
                else
                    use[goods[k]] -= flow;
            }
        }
        for (var n = 0; n < problem.NeedCount; n++)
        {
            var need = problem.Need(n);
            var goods = need.Goods;
            var quantities = need.Quantities;
            for (var k = 0; k < goods.Length; k++)
                use[goods[k]] += quantities[k] * plan.Fulfilment[n];
        }
        double max = 0, squares = 0, worstSlack = double.PositiveInfinity;
        var worst = -1;
        for (var g = 0; g < supply.Length; g++)
        {
            var slack = supply[g] - use[g];
            if (slack < worstSlack || worst < 0)
                (worst, worstSlack) = (g, slack);
            if (slack >= 0)
                continue;
            max = Math.Max(max, -slack);
            squares += slack * slack;
            if (-slack > Tolerance * (1 + supply[g] + use[g]))
                failures.Add(new VerificationFailure($"goods[{g}]", Text($"The balance of {problem.Goods[g].Code} is short by {-slack:R}: the plan uses {use[g]:R} and makes or has {supply[g]:R}."), -slack));
        }
        return (max, Math.Sqrt(squares), worst, worstSlack);
    }

    private static void Claim(List<VerificationFailure> failures, string item, string what, double claimed, double actual, double tolerance)
    {
        if (claimed == actual || (double.IsFinite(claimed) && double.IsFinite(actual) && Math.Abs(claimed - actual) <= tolerance))
            return;
        failures.Add(new VerificationFailure(item, Text($"The certificate claims the {what} is {claimed:R}; recomputed it is {actual:R}, off by {Math.Abs(claimed - actual):R}."), Math.Abs(claimed - actual)));
    }

    private static void Responses(List<VerificationFailure> failures, string item, string what, double[] claimed, double[] actual)
    {
        if (claimed.Length != actual.Length)
        {
            failures.Add(new VerificationFailure(item, Text($"{item} has {claimed.Length} entries; the problem has {actual.Length}."), Math.Abs(claimed.Length - actual.Length)));
            return;
        }
        for (var i = 0; i < claimed.Length; i++)
        {
            if (!(Math.Abs(claimed[i] - actual[i]) <= Tolerance * Math.Max(1, Math.Abs(actual[i]))))
                failures.Add(new VerificationFailure($"{item}[{i}]", Text($"The published answer of {what} {i} to the prices is {claimed[i]:R}; recomputed it is {actual[i]:R}."), Math.Abs(claimed[i] - actual[i])));
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
