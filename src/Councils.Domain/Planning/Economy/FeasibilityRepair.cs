namespace Councils.Domain.Planning.Economy;

/// <summary>
/// Turns a nearly feasible point (a first-order solver's) into a plan that meets every bound and every material
/// balance exactly, in floating point as computed here.
/// </summary>
/// <remarks>
/// <para><b>Why not just scale down the consumers of a short good?</b> A technique takes a small fraction of each of
/// its inputs per unit of output (a few hundredths), so lowering it to save a little of one input loses twenty
/// times as much of its output, and the shortage cascades down every supply chain and grows. Raising production
/// goes the other way: covering a shortfall δ of a product needs extra inputs of at most the technique's input
/// share times δ (below 1 in a productive economy), so shortfalls shrink geometrically as they move upstream,
/// until they reach the primary resources, where the whole plan can be scaled down uniformly.</para>
/// <para><b>The procedure.</b> First every x_t is clamped to [0, capacity_t] and f_n to [0, cap_n] (NaN becomes 0).
/// Then up to <see cref="Cycles"/> cycles of two steps:
/// (1) <i>raise</i>: in rounds (at most <see cref="RaiseRounds"/>), for every product in shortfall δ_g: when its
/// active producers below capacity make S_g &gt; 0 of it, they are scaled up by 1 + max(δ_g/S_g, 10⁻¹²), each no
/// further than its capacity; otherwise, when an idle technique makes it, the one making most per unit is started at
/// the level that covers δ_g (within its capacity); otherwise, when the needs take more than δ_g of it, the needs are
/// cut by δ_g/(what they take) (a cut at the end of the supply chains goes no further); otherwise, when all its
/// active producers are at capacity, they are all scaled up by 1 + max(δ_g/made_g, 10⁻¹²), beyond capacity (step 2 brings them back); when nothing can make it,
/// its consumers are set to 0. A technique making several short products takes the largest factor. The 10⁻¹² floor
/// leaves a little slack so rounding cannot undo the fix.
/// (2) <i>scale</i>: one factor λ ≤ 1 is applied to every activity and fulfilment, the largest that brings every
/// good's balance available_g + λ·(made_g − used_g) back to ≥ 0 and every activity under its capacity, less 10⁻¹²
/// of itself. Scaling the whole plan by λ ≤ 1 never makes a balance that held fail, because nothing available is
/// negative.
/// If a balance is still short after the cycles (rounding, or a product nobody can make), a last resort that always
/// ends is run: rounds that scale every consumer of a short good by supply/use·(1 − δ_k), δ_k = 10^(k−12), so from
/// round 12 on consumers of short goods are set to 0; each of those rounds zeroes at least one more variable (a
/// short good has a consumer not yet 0), so it ends within 13 + techniques + needs rounds, at worst at x = 0, f = 0,
/// which is a plan. On a PDHG point of moderate accuracy the first cycle suffices; each round is one pass over the
/// techniques and needs.</para>
/// </remarks>
public static class FeasibilityRepair
{
    /// <summary>The most raise-and-scale cycles before the last resort.</summary>
    public const int Cycles = 8;

    /// <summary>The most raise rounds in one cycle.</summary>
    public const int RaiseRounds = 300;

    private const double Floor = 1e-12;
    private const int ZeroingRound = 12;

    /// <summary>Repairs <paramref name="activity"/> and <paramref name="fulfilment"/> in place and returns the rounds it took (0 if already feasible).</summary>
    public static int Repair(PlanProblem problem, Span<double> activity, Span<double> fulfilment)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (activity.Length != problem.TechniqueCount || fulfilment.Length != problem.NeedCount)
            throw new ArgumentException("One activity level per technique and one fulfilment per need are needed.", nameof(activity));
        Clamp(activity, problem.Capacities);
        Clamp(fulfilment, problem.Caps);
        var work = new Work(problem.GoodCount);
        var rounds = 0;
        for (var cycle = 0; cycle < Cycles; cycle++)
        {
            if (Feasible(problem, activity, fulfilment, work))
                return rounds;
            for (var round = 0; round < RaiseRounds && Raise(problem, activity, fulfilment, work); round++)
                rounds++;
            ScaleUniformly(problem, activity, fulfilment, work);
            rounds++;
        }
        for (var round = 0; !Feasible(problem, activity, fulfilment, work); round++, rounds++)
            ScaleDownConsumers(problem, activity, fulfilment, work, round);
        return rounds;
    }

    private static bool Feasible(PlanProblem problem, ReadOnlySpan<double> activity, ReadOnlySpan<double> fulfilment, Work work)
    {
        Balances.Compute(problem, activity, fulfilment, work.Supply, work.Use);
        for (var g = 0; g < work.Supply.Length; g++)
        {
            if (work.Use[g] > work.Supply[g])
                return false;
        }
        for (var t = 0; t < activity.Length; t++)
        {
            if (activity[t] > problem.Capacities[t])
                return false;
        }
        return true;
    }

    /// <summary>One raise round; false when no product is short (nothing to do).</summary>
    private static bool Raise(PlanProblem problem, Span<double> activity, Span<double> fulfilment, Work work)
    {
        Balances.Compute(problem, activity, fulfilment, work.Supply, work.Use);
        var any = false;
        for (var g = 0; g < work.Factor.Length; g++)
        {
            work.Factor[g] = 1;
            any |= work.Use[g] > work.Supply[g] && !problem.Goods[g].IsPrimary;
        }
        if (!any)
            return false;
        var starts = problem.TechniqueStarts;
        var goods = problem.TechniqueGoods;
        var coefficients = problem.TechniqueCoefficients;
        // What can still be raised: the output of active techniques below their capacity.
        Array.Clear(work.Raisable);
        for (var t = 0; t < activity.Length; t++)
        {
            if (activity[t] == 0 || activity[t] >= problem.Capacities[t])
                continue;
            for (var k = starts[t]; k < starts[t + 1]; k++)
            {
                if (coefficients[k] > 0)
                    work.Raisable[goods[k]] += coefficients[k] * activity[t];
            }
        }
        Array.Fill(work.Force, 1.0);
        Array.Fill(work.NeedCut, 1.0);
        Array.Clear(work.NeedUse);
        for (var n = 0; n < fulfilment.Length; n++)
        {
            for (var k = problem.NeedStarts[n]; k < problem.NeedStarts[n + 1]; k++)
                work.NeedUse[problem.NeedGoods[k]] += problem.NeedQuantities[k] * fulfilment[n];
        }
        for (var g = 0; g < work.Factor.Length; g++)
        {
            var shortfall = work.Use[g] - work.Supply[g];
            if (shortfall <= 0 || problem.Goods[g].IsPrimary)
                continue;
            var made = work.Supply[g] - problem.Available[g];
            if (work.Raisable[g] > 0)
            {
                work.Factor[g] = 1 + Math.Max(shortfall / work.Raisable[g], Floor);
            }
            else if (work.IdleProducer(problem, activity, g) is var idle and >= 0)
            {
                // Its active producers are at capacity (or there are none): start an idle one to cover it, as far as
                // its capacity goes; the next round raises it further if needed.
                activity[idle] = Math.Min(problem.Capacities[idle], shortfall / Work.Output(problem, idle, g) * (1 + Floor));
            }
            else if (work.NeedUse[g] > shortfall)
            {
                // Every producer is at capacity, and needs take enough of it: the needs take less (a cut at the end of
                // the supply chains goes no further).
                work.NeedCut[g] = Math.Max(0, 1 - shortfall / work.NeedUse[g] * (1 + Floor));
            }
            else if (made > 0)
            {
                // Every producer is at capacity: raise the active ones beyond it; the scale step brings them back.
                work.Factor[g] = work.Force[g] = 1 + Math.Max(shortfall / made, Floor);
            }
            else
            {
                // Nothing can make it: stop its consumers.
                work.Factor[g] = 0;
            }
        }
        for (var t = 0; t < activity.Length; t++)
        {
            if (activity[t] == 0)
                continue;
            var raise = 1.0;
            var stop = false;
            var capped = activity[t] >= problem.Capacities[t];
            for (var k = starts[t]; k < starts[t + 1]; k++)
            {
                var good = goods[k];
                if (coefficients[k] > 0)
                    raise = Math.Max(raise, capped ? work.Force[good] : work.Factor[good]);
                else if (work.Factor[good] == 0)
                    stop = true;
            }
            activity[t] = stop ? 0 : capped ? activity[t] * raise : Math.Min(problem.Capacities[t], activity[t] * raise);
        }
        var needStarts = problem.NeedStarts;
        var needGoods = problem.NeedGoods;
        for (var n = 0; n < fulfilment.Length; n++)
        {
            var cut = 1.0;
            for (var k = needStarts[n]; k < needStarts[n + 1]; k++)
                cut = Math.Min(cut, Math.Min(work.NeedCut[needGoods[k]], work.Factor[needGoods[k]] == 0 ? 0 : 1));
            if (cut < 1)
                fulfilment[n] *= cut;
        }
        return true;
    }

    private static void ScaleUniformly(PlanProblem problem, Span<double> activity, Span<double> fulfilment, Work work)
    {
        Balances.Compute(problem, activity, fulfilment, work.Supply, work.Use);
        var lambda = 1.0;
        for (var g = 0; g < work.Supply.Length; g++)
        {
            var available = problem.Available[g];
            var net = work.Use[g] - (work.Supply[g] - available);
            // A short good with nothing available (a product the raise left short) is for the next cycle: λ cannot help it.
            if (work.Use[g] > work.Supply[g] && net > 0 && available > 0)
                lambda = Math.Min(lambda, available / net);
        }
        for (var t = 0; t < activity.Length; t++)
        {
            if (activity[t] > problem.Capacities[t])
                lambda = Math.Min(lambda, problem.Capacities[t] / activity[t]);
        }
        if (lambda >= 1)
            return;
        lambda *= 1 - Floor;
        for (var t = 0; t < activity.Length; t++)
            activity[t] *= lambda;
        for (var n = 0; n < fulfilment.Length; n++)
            fulfilment[n] *= lambda;
    }

    private static void ScaleDownConsumers(PlanProblem problem, Span<double> activity, Span<double> fulfilment, Work work, int round)
    {
        Clamp(activity, problem.Capacities);
        var margin = round >= ZeroingRound ? 1 : Math.Pow(10, round - ZeroingRound);
        for (var g = 0; g < work.Factor.Length; g++)
        {
            work.Factor[g] = work.Use[g] <= work.Supply[g] ? 1 : margin >= 1 ? 0 : work.Supply[g] / work.Use[g] * (1 - margin);
        }
        Scale(activity, problem.TechniqueStarts, problem.TechniqueGoods, problem.TechniqueCoefficients, work.Factor, inputsOnly: true);
        Scale(fulfilment, problem.NeedStarts, problem.NeedGoods, problem.NeedQuantities, work.Factor, inputsOnly: false);
    }

    private static void Clamp(Span<double> values, ReadOnlySpan<double> upper)
    {
        for (var i = 0; i < values.Length; i++)
            values[i] = double.IsNaN(values[i]) ? 0 : Math.Clamp(values[i], 0, upper[i]);
    }

    private static void Scale(Span<double> levels, ReadOnlySpan<int> starts, ReadOnlySpan<int> goods, ReadOnlySpan<double> coefficients, double[] factor, bool inputsOnly)
    {
        for (var i = 0; i < levels.Length; i++)
        {
            if (levels[i] == 0)
                continue;
            var least = 1.0;
            for (var k = starts[i]; k < starts[i + 1]; k++)
            {
                if (!inputsOnly || coefficients[k] < 0)
                    least = Math.Min(least, factor[goods[k]]);
            }
            if (least < 1)
                levels[i] *= least;
        }
    }

    private sealed class Work(int goods)
    {
        private int[]? producerStarts, producers;

        /// <summary>An idle technique with capacity that puts out good g, the one with the most per unit; −1 if none.</summary>
        public int IdleProducer(PlanProblem problem, ReadOnlySpan<double> activity, int g)
        {
            if (producerStarts is null)
                IndexProducers(problem);
            var best = -1;
            var most = 0.0;
            for (var k = producerStarts![g]; k < producerStarts[g + 1]; k++)
            {
                var t = producers![k];
                if (activity[t] != 0 || !(problem.Capacities[t] > 0))
                    continue;
                var output = Output(problem, t, g);
                if (output > most)
                    (best, most) = (t, output);
            }
            return best;
        }

        /// <summary>For each good, the techniques that put it out (one pass to count, one to fill).</summary>
        private void IndexProducers(PlanProblem problem)
        {
            var starts = new int[goods + 1];
            var coefficients = problem.TechniqueCoefficients;
            var techniqueGoods = problem.TechniqueGoods;
            for (var k = 0; k < coefficients.Length; k++)
            {
                if (coefficients[k] > 0)
                    starts[techniqueGoods[k] + 1]++;
            }
            for (var g = 0; g < goods; g++)
                starts[g + 1] += starts[g];
            var next = (int[])starts.Clone();
            var list = new int[starts[goods]];
            for (var t = 0; t < problem.TechniqueCount; t++)
            {
                for (var k = problem.TechniqueStarts[t]; k < problem.TechniqueStarts[t + 1]; k++)
                {
                    if (coefficients[k] > 0)
                        list[next[techniqueGoods[k]]++] = t;
                }
            }
            (producerStarts, producers) = (starts, list);
        }

        public static double Output(PlanProblem problem, int t, int g)
        {
            var technique = problem.Technique(t);
            return technique.Coefficients[technique.Goods.IndexOf(g)];
        }

        public double[] Supply { get; } = new double[goods];

        public double[] Use { get; } = new double[goods];

        public double[] Factor { get; } = new double[goods];

        public double[] Raisable { get; } = new double[goods];

        public double[] Force { get; } = new double[goods];

        public double[] NeedUse { get; } = new double[goods];

        public double[] NeedCut { get; } = new double[goods];
    }
}
