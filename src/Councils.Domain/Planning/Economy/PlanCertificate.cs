namespace Councils.Domain.Planning.Economy;

/// <summary>
/// What a plan claims about itself: its objective, a bound no plan can beat, the relative gap between them, and how
/// short the worst material balance falls; anyone can recheck it with one pass over the techniques and needs.
/// </summary>
/// <param name="Objective">Σ_n priority_n·f_n of the plan.</param>
/// <param name="Bound">The Lagrangian bound from the plan's prices (see <see cref="CouncilResponses.Bound"/>); +∞ when the prices give none.</param>
/// <param name="Gap">(Bound − Objective) / max(1, |Bound|): the plan is within this fraction of the best possible.</param>
/// <param name="MaxShortfall">The largest amount by which a balance falls short (0 for a feasible plan).</param>
/// <param name="Solver">How the solver ran, when a solver made the plan.</param>
public sealed record PlanCertificate(double Objective, double Bound, double Gap, double MaxShortfall, SolverRecord? Solver = null)
{
    /// <summary>The certified relative gap for an objective and a bound.</summary>
    public static double RelativeGap(double objective, double bound) =>
        double.IsPositiveInfinity(bound) ? double.PositiveInfinity : (bound - objective) / Math.Max(1, Math.Abs(bound));
}
