namespace Councils.Domain.Planning.Economy;

/// <summary>
/// The production a plan's needs call for when every good is made by the plan's own mix of techniques: the
/// activity levels remade from the fulfilment, as an input-output table's gross output is made from its final demand.
/// </summary>
/// <remarks>
/// <para>Each technique has a main output (its largest); its other outputs are by-products. A good's requirement is
/// what the needs and the techniques' inputs take of it, less its by-products and what is available; its makers share
/// the requirement in proportion to their weights (the point's own levels), a maker at capacity passing the rest on
/// to the others, and what all of them at capacity cannot make is the good's unmade part (for a primary resource,
/// which no technique makes, all of the requirement). Rounds x ← split(requirement(x)) from the point's levels settle
/// at the fixed point when the economy is productive, as the total requirements of a table do.</para>
/// <para>Every balance then holds except the unmade parts, and it holds with production a plan actually needs: a
/// first-order solver's point over-makes some goods and under-makes others by small amounts, and the blend of
/// <see cref="FeasibilityRepair"/> would have to give up a share of every need for the worst of them.</para>
/// </remarks>
internal sealed class ProductionMix
{
    private const int Rounds = 500;
    private readonly PlanProblem problem;
    private readonly int[] main, makerStarts, makers;
    private readonly double[] mainCoefficient;

    public ProductionMix(PlanProblem problem)
    {
        this.problem = problem;
        var techniques = problem.TechniqueCount;
        var starts = problem.TechniqueStarts;
        var goods = problem.TechniqueGoods;
        var coefficients = problem.TechniqueCoefficients;
        main = new int[techniques];
        mainCoefficient = new double[techniques];
        makerStarts = new int[problem.GoodCount + 1];
        for (var t = 0; t < techniques; t++)
        {
            main[t] = -1;
            for (var k = starts[t]; k < starts[t + 1]; k++)
            {
                if (coefficients[k] > mainCoefficient[t])
                    (main[t], mainCoefficient[t]) = (goods[k], coefficients[k]);
            }
            if (main[t] >= 0)
                makerStarts[main[t] + 1]++;
        }
        for (var g = 0; g < problem.GoodCount; g++)
            makerStarts[g + 1] += makerStarts[g];
        makers = new int[makerStarts[^1]];
        var at = makerStarts[..^1];
        for (var t = 0; t < techniques; t++)
        {
            if (main[t] >= 0)
                makers[at[main[t]]++] = t;
        }
    }

    /// <summary>The weights of a point's levels: each level plus a millionth of its capacity, so an idle maker still takes overflow.</summary>
    public double[] Weights(ReadOnlySpan<double> activity)
    {
        var capacities = problem.Capacities;
        var weights = new double[activity.Length];
        for (var t = 0; t < weights.Length; t++)
            weights[t] = activity[t] + (1e-6 * (double.IsFinite(capacities[t]) ? capacities[t] : 1));
        return weights;
    }

    /// <summary>
    /// Remakes <paramref name="activity"/> (holding a starting point) for <paramref name="fulfilment"/> by rounds, and
    /// fills <paramref name="requirement"/> and <paramref name="unmade"/>; returns the rounds used.
    /// </summary>
    public int Produce(ReadOnlySpan<double> weights, ReadOnlySpan<double> fulfilment, double[] activity, double[] requirement, double[] unmade)
    {
        var demand = new double[problem.GoodCount];
        Demand(fulfilment, demand);
        var next = new double[activity.Length];
        for (var round = 1; ; round++)
        {
            Requirement(activity, demand, requirement);
            Split(requirement, weights, next, unmade);
            double change = 0, largest = 0;
            for (var t = 0; t < next.Length; t++)
            {
                change = Math.Max(change, Math.Abs(next[t] - activity[t]));
                largest = Math.Max(largest, next[t]);
            }
            next.CopyTo(activity, 0);
            if (change <= 1e-14 * largest || round == Rounds)
            {
                Requirement(activity, demand, requirement);
                return round;
            }
        }
    }

    /// <summary>What the needs ask for of every good at <paramref name="fulfilment"/>.</summary>
    private void Demand(ReadOnlySpan<double> fulfilment, double[] demand)
    {
        var starts = problem.NeedStarts;
        var goods = problem.NeedGoods;
        var quantities = problem.NeedQuantities;
        for (var n = 0; n < fulfilment.Length; n++)
        {
            var f = fulfilment[n];
            for (var k = starts[n]; f > 0 && k < starts[n + 1]; k++)
                demand[goods[k]] += quantities[k] * f;
        }
    }

    /// <summary>Demand plus the inputs of <paramref name="activity"/>, less its by-products and what is available.</summary>
    private void Requirement(double[] activity, double[] demand, double[] requirement)
    {
        var available = problem.Available;
        for (var g = 0; g < requirement.Length; g++)
            requirement[g] = demand[g] - available[g];
        var starts = problem.TechniqueStarts;
        var goods = problem.TechniqueGoods;
        var coefficients = problem.TechniqueCoefficients;
        for (var t = 0; t < activity.Length; t++)
        {
            var x = activity[t];
            for (var k = starts[t]; x > 0 && k < starts[t + 1]; k++)
            {
                if (coefficients[k] < 0 || goods[k] != main[t])
                    requirement[goods[k]] -= coefficients[k] * x;
            }
        }
    }

    /// <summary>
    /// Shares each good's requirement among its makers by weight (water-filling: a maker's level is the smaller of its
    /// capacity and α·weight, with one α per good); what the makers at capacity cannot make is unmade.
    /// </summary>
    private void Split(double[] requirement, ReadOnlySpan<double> weights, double[] activity, double[] unmade)
    {
        var capacities = problem.Capacities;
        for (var g = 0; g < requirement.Length; g++)
        {
            int from = makerStarts[g], to = makerStarts[g + 1];
            var wanted = Math.Max(0, requirement[g]);
            if (from == to)
            {
                unmade[g] = wanted;
                continue;
            }
            // α only rises as makers reach capacity, so the set at capacity grows and at most one pass per maker is needed.
            var alpha = 0.0;
            for (var pass = from; pass <= to; pass++)
            {
                double open = 0, full = 0;
                for (var i = from; i < to; i++)
                {
                    var t = makers[i];
                    if (alpha * weights[t] > capacities[t])
                        full += mainCoefficient[t] * capacities[t];
                    else
                        open += mainCoefficient[t] * weights[t];
                }
                if (open <= 0)
                    break;
                var next = Math.Max(0, (wanted - full) / open);
                if (next <= alpha)
                    break;
                alpha = next;
            }
            var made = 0.0;
            for (var i = from; i < to; i++)
            {
                var t = makers[i];
                activity[t] = Math.Min(capacities[t], alpha * weights[t]);
                made += mainCoefficient[t] * activity[t];
            }
            unmade[g] = Math.Max(0, wanted - made);
        }
    }
}
