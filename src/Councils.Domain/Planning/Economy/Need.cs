namespace Councils.Domain.Planning.Economy;

/// <summary>
/// A view of one need of a <see cref="PlanProblem"/>: a consumer council's request, as the quantities of goods per
/// unit of fulfilment, how much weight one unit of fulfilment carries, and how far it may be fulfilled.
/// </summary>
/// <remarks>
/// A fulfilment cap of 1 means "these quantities" (fulfilled from 0 to all of them); an unlimited cap (+∞) means a
/// target bundle whose fulfilment is to be as large as the plan allows.
/// </remarks>
public readonly struct Need
{
    private readonly PlanProblem problem;

    internal Need(PlanProblem problem, int index)
    {
        this.problem = problem;
        Index = index;
    }

    /// <summary>Its position among the problem's needs.</summary>
    public int Index { get; }

    /// <summary>The consumer council that states it.</summary>
    public string Council => problem.CouncilName(problem.NeedCouncils[Index]);

    /// <summary>The weight of one unit of fulfilment in the plan's objective.</summary>
    public double Priority => problem.Priorities[Index];

    /// <summary>The most fulfilment asked for: 1 for "these quantities", +∞ for a target bundle.</summary>
    public double Cap => problem.Caps[Index];

    /// <summary>The goods asked for, by index, increasing.</summary>
    public ReadOnlySpan<int> Goods => problem.NeedGoods.Slice(problem.NeedStarts[Index], Length);

    /// <summary>The quantity of each of <see cref="Goods"/> per unit of fulfilment (positive).</summary>
    public ReadOnlySpan<double> Quantities => problem.NeedQuantities.Slice(problem.NeedStarts[Index], Length);

    private int Length => problem.NeedStarts[Index + 1] - problem.NeedStarts[Index];
}
