namespace Councils.Domain.Planning.Economy;

/// <summary>
/// Turns a nearly feasible point (a first-order solver's) into a plan that meets every bound and every material
/// balance exactly, in floating point as computed here, losing as little fulfilment as it can.
/// </summary>
/// <remarks>
/// <para><b>The idea.</b> After clamping every level into its bounds, the point ẑ = (x̂, f̂) falls short of some
/// goods by v_g. A make-up plan m (<see cref="MakeUp"/>) makes exactly v net of every good a technique can make,
/// taking what it needs from upstream as an input-output table would, and running each technique in proportion
/// to its spare capacity (plus a thousandth of its capacity, so a product whose makers are all at capacity is
/// still made). The repaired plan is z = (1 − θ)·ẑ + μ·m: fulfilment falls by the factor 1 − θ, so the objective
/// loses exactly θ of itself, and θ is the smallest that admits a μ ≥ 0 keeping every balance, every capacity
/// and every resource limit.</para>
/// <para><b>Why it always works.</b> Each balance, capacity and limit is linear in (θ, μ), so for a given θ
/// the admissible μ is an interval, computed in one pass over the goods and techniques; the interval widens as θ
/// grows, and at θ = 1, μ = 0 (nothing done) every balance holds because nothing available is negative. The
/// smallest θ is found by bisection (60 halvings), then the point is built and checked exactly; should rounding
/// still leave a balance short, θ is raised step by step, down to nothing done at worst. When the solver's point
/// is good, θ = 0: the shortfalls are made from spare capacity and no fulfilment is lost.</para>
/// <para><b>Scarcity cuts.</b> θ is set by the worst good: one small product whose makers are at capacity costs the
/// same share of every need. Asked for cuts, the repair also gives up the needs that embody the short goods and the
/// production behind them (<see cref="ScarcityCut"/>), blends again, and keeps the plan worth most.</para>
/// </remarks>
public static class FeasibilityRepair
{
    private const int Halvings = 60;
    private const double Margin = 1e-12;

    /// <summary>
    /// Repairs <paramref name="activity"/> and <paramref name="fulfilment"/> in place and returns the rounds it took (0 if
    /// already feasible). With <paramref name="cuts"/> &gt; 0 it also tries that many rounds of scarcity cuts
    /// (<see cref="ScarcityCut"/>) before the blend and keeps whichever plan is worth most.
    /// </summary>
    public static int Repair(PlanProblem problem, Span<double> activity, Span<double> fulfilment, int cuts = 0)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentOutOfRangeException.ThrowIfNegative(cuts);
        if (activity.Length != problem.TechniqueCount || fulfilment.Length != problem.NeedCount)
            throw new ArgumentException("One activity level per technique and one fulfilment per need are needed.", nameof(activity));
        Clamp(activity, problem.Capacities);
        Clamp(fulfilment, problem.Caps);
        var supply = new double[problem.GoodCount];
        var use = new double[problem.GoodCount];
        Balances.Compute(problem, activity, fulfilment, supply, use);
        if (Holds(supply, use))
            return 0;
        var point = activity.ToArray();
        var wanted = fulfilment.ToArray();
        var rounds = MakeUpAndBlend(problem, activity, fulfilment, supply, use);
        return rounds + Improve(problem, point, wanted, activity, fulfilment, cuts);
    }

    /// <summary>
    /// Tries <paramref name="cuts"/> rounds of scarcity cuts on the point (<paramref name="point"/>, <paramref name="wanted"/>),
    /// whose repair by the blend alone is <paramref name="activity"/> and <paramref name="fulfilment"/>, blends what they
    /// leave and puts the plan worth most there; returns the rounds added. Lets a caller that has the blend's plan
    /// already skip making it again.
    /// </summary>
    internal static int Improve(PlanProblem problem, double[] point, double[] wanted, Span<double> activity, Span<double> fulfilment, int cuts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cuts);
        Clamp(point, problem.Capacities);
        Clamp(wanted, problem.Caps);
        if (cuts == 0 || Worth(problem, fulfilment) >= Worth(problem, wanted))
            return 0;
        var (cutActivity, cutFulfilment, rounds) = ScarcityCut.Cover(problem, point, wanted, cuts);
        rounds += MakeUpAndBlend(problem, cutActivity, cutFulfilment, new double[problem.GoodCount], new double[problem.GoodCount]);
        if (Worth(problem, cutFulfilment) > Worth(problem, fulfilment))
        {
            cutActivity.CopyTo(activity);
            cutFulfilment.CopyTo(fulfilment);
        }
        return rounds;
    }

    private static double Worth(PlanProblem problem, ReadOnlySpan<double> fulfilment)
    {
        var worth = 0.0;
        for (var n = 0; n < fulfilment.Length; n++)
            worth += problem.Priorities[n] * fulfilment[n];
        return worth;
    }

    /// <summary>
    /// The make-up of a clamped point's shortfalls and the blend with it that gives up least, in place; returns the
    /// rounds. <paramref name="supply"/> and <paramref name="use"/> are scratch space.
    /// </summary>
    private static int MakeUpAndBlend(PlanProblem problem, Span<double> activity, Span<double> fulfilment, double[] supply, double[] use)
    {
        var goods = problem.GoodCount;
        Balances.Compute(problem, activity, fulfilment, supply, use);
        if (Holds(supply, use))
            return 1;
        // The make-up covers each shortfall and leaves a sliver (10⁻¹² of the good's flow) of every good, so that
        // rounding in the blend cannot leave a tight balance short.
        var shortfall = new double[goods];
        for (var g = 0; g < goods; g++)
            shortfall[g] = Math.Max(0, use[g] - supply[g]) + (Margin * (supply[g] + use[g]));

        var weights = new double[activity.Length];
        for (var t = 0; t < weights.Length; t++)
        {
            var capacity = problem.Capacities[t];
            weights[t] = double.IsFinite(capacity) ? capacity - activity[t] + (1e-3 * capacity) : activity[t] + 1;
        }
        var makeUp = new double[activity.Length];
        var rounds = MakeUp.Produce(problem, weights, shortfall, makeUp);
        var blend = new Blend(problem, activity, supply, use, makeUp);
        var (theta, mu) = blend.Smallest();
        var plan = activity.ToArray();
        var wanted = fulfilment.ToArray();
        for (var attempt = 0; ; attempt++, rounds++)
        {
            if (theta >= 1)
            {
                // Nothing done holds, since nothing available is negative.
                (theta, mu) = (1, 0);
            }
            for (var t = 0; t < plan.Length; t++)
                activity[t] = Math.Min(problem.Capacities[t], ((1 - theta) * plan[t]) + (mu * makeUp[t]));
            for (var n = 0; n < wanted.Length; n++)
                fulfilment[n] = (1 - theta) * wanted[n];
            Balances.Compute(problem, activity, fulfilment, supply, use);
            if (Holds(supply, use) || theta >= 1)
                return rounds + 1;
            // Rounding left a balance short: give up a little more, faster each time, down to nothing done.
            theta = attempt >= 40 ? 1 : Math.Min(1, theta + Math.Max(1e-12, (1 - theta) * Math.Pow(2, attempt) * 1e-12));
            mu = blend.Admissible(theta) ?? 0;
        }
    }

    private static bool Holds(double[] supply, double[] use)
    {
        for (var g = 0; g < supply.Length; g++)
        {
            if (use[g] > supply[g])
                return false;
        }
        return true;
    }

    private static void Clamp(Span<double> values, ReadOnlySpan<double> upper)
    {
        for (var i = 0; i < values.Length; i++)
            values[i] = double.IsNaN(values[i]) ? 0 : Math.Clamp(values[i], 0, upper[i]);
    }

    /// <summary>The admissible μ for a given θ, from the balances and capacities of ẑ and of the make-up m.</summary>
    private sealed class Blend
    {
        private readonly double[] available, own, made, capacity, level, makeUp;

        public Blend(PlanProblem problem, ReadOnlySpan<double> activity, double[] supply, double[] use, double[] makeUp)
        {
            available = problem.Available.ToArray();
            own = new double[available.Length];
            for (var g = 0; g < own.Length; g++)
                own[g] = supply[g] - available[g] - use[g];
            Balances.Compute(problem, makeUp, new double[problem.NeedCount], supply, use);
            made = new double[available.Length];
            for (var g = 0; g < made.Length; g++)
                made[g] = supply[g] - available[g] - use[g];
            capacity = problem.Capacities.ToArray();
            level = activity.ToArray();
            this.makeUp = makeUp;
        }

        /// <summary>The smallest θ (to 2⁻⁶⁰) with an admissible μ, and that μ.</summary>
        public (double Theta, double Mu) Smallest()
        {
            if (Admissible(0) is { } direct)
                return (0, direct);
            double low = 0, high = 1;
            for (var i = 0; i < Halvings; i++)
            {
                var mid = (low + high) / 2;
                if (Admissible(mid) is null)
                    low = mid;
                else
                    high = mid;
            }
            return (high, Admissible(high) ?? 0);
        }

        /// <summary>
        /// An admissible μ at θ just above the least one, or null if there is none: balance g needs
        /// available_g + (1 − θ)·own_g + μ·made_g ≥ 0, capacity t needs (1 − θ)·x̂_t + μ·m_t ≤ capacity_t.
        /// </summary>
        public double? Admissible(double theta)
        {
            double least = 0, most = double.PositiveInfinity;
            var keep = 1 - theta;
            for (var g = 0; g < own.Length; g++)
            {
                var rest = available[g] + (keep * own[g]);
                if (made[g] > 0)
                    least = Math.Max(least, -rest / made[g]);
                else if (made[g] < 0)
                    most = Math.Min(most, rest / -made[g]);
                else if (rest < 0)
                    return null;
            }
            for (var t = 0; t < level.Length; t++)
            {
                if (makeUp[t] > 0 && double.IsFinite(capacity[t]))
                    most = Math.Min(most, (capacity[t] - (keep * level[t])) / makeUp[t]);
            }
            if (least > most)
                return null;
            // Just above the least, so that little beyond the shortfall is made, with room for rounding.
            return least + Math.Min((most - least) / 2, (1e-9 * least) + 1e-12);
        }
    }
}
