namespace Councils.Domain.Planning.Economy;

/// <summary>
/// A view of one technique of a <see cref="PlanProblem"/>: a workplace council's way of making goods, as what one
/// unit of activity puts out and takes in, and how much activity the council offers at most.
/// </summary>
/// <remarks>
/// The coefficients are net: positive for an output, negative for an input, each good at most once, in increasing
/// order of good index. A technique that uses some of its own output states the net figure. The view reads the
/// problem's shared arrays; it holds nothing of its own.
/// </remarks>
public readonly struct Technique
{
    private readonly PlanProblem problem;

    internal Technique(PlanProblem problem, int index)
    {
        this.problem = problem;
        Index = index;
    }

    /// <summary>Its position among the problem's techniques.</summary>
    public int Index { get; }

    /// <summary>The workplace council that proposes it.</summary>
    public string Council => problem.CouncilName(problem.TechniqueCouncils[Index]);

    /// <summary>The most activity the council offers (+∞ for no limit).</summary>
    public double Capacity => problem.Capacities[Index];

    /// <summary>The goods it puts out or takes in, by index, increasing.</summary>
    public ReadOnlySpan<int> Goods => problem.TechniqueGoods.Slice(problem.TechniqueStarts[Index], Length);

    /// <summary>Per unit of activity, for each of <see cref="Goods"/>: output (positive) or input (negative).</summary>
    public ReadOnlySpan<double> Coefficients => problem.TechniqueCoefficients.Slice(problem.TechniqueStarts[Index], Length);

    private int Length => problem.TechniqueStarts[Index + 1] - problem.TechniqueStarts[Index];
}
