namespace Councils.Domain.Planning.Economy;

/// <summary>
/// A plan for a <see cref="PlanProblem"/>: the activity level of every technique, the fulfilment of every need
/// and an indicative price for every good, each array in the problem's order.
/// </summary>
/// <remarks>
/// A plan is only numbers; whether it fits its problem (lengths, bounds, balances) is for <see cref="PlanVerifier"/>
/// to say, so a plan that does not fit can still be read, shown and refused item by item.
/// </remarks>
public sealed class Plan
{
    private readonly double[] activity, fulfilment, prices;

    /// <summary>Makes a plan from copies of the three arrays.</summary>
    public Plan(ReadOnlySpan<double> activity, ReadOnlySpan<double> fulfilment, ReadOnlySpan<double> prices)
        : this(activity.ToArray(), fulfilment.ToArray(), prices.ToArray())
    {
    }

    private Plan(double[] activity, double[] fulfilment, double[] prices) =>
        (this.activity, this.fulfilment, this.prices) = (activity, fulfilment, prices);

    /// <summary>The activity level of each technique.</summary>
    public ReadOnlySpan<double> Activity => activity;

    /// <summary>The fulfilment of each need.</summary>
    public ReadOnlySpan<double> Fulfilment => fulfilment;

    /// <summary>The indicative price of each good (in the objective's unit per unit of the good).</summary>
    public ReadOnlySpan<double> Prices => prices;

    /// <summary>Takes the arrays without copying; the caller gives them up.</summary>
    internal static Plan Own(double[] activity, double[] fulfilment, double[] prices) => new(activity, fulfilment, prices);
}
