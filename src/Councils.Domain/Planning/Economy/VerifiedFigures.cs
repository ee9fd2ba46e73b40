namespace Councils.Domain.Planning.Economy;

/// <summary>The figures of a plan as <see cref="PlanVerifier"/> recomputed them from the problem alone.</summary>
/// <param name="Objective">Σ_n priority_n·f_n.</param>
/// <param name="Bound">The Lagrangian bound of the plan's prices (+∞ when they give none).</param>
/// <param name="Gap">(Bound − Objective) / max(1, |Bound|).</param>
/// <param name="MaxShortfall">The largest amount by which any balance falls short (0 when none does).</param>
/// <param name="ShortfallNorm">‖shortfalls‖₂ over all goods: the primal residual of the balances.</param>
/// <param name="MaxBoundExcess">The largest amount by which an activity or fulfilment leaves its bounds.</param>
/// <param name="WorstGood">The good whose balance has the least slack (most short, or tightest).</param>
/// <param name="WorstSlack">That good's supply − use (negative when short).</param>
public sealed record VerifiedFigures(
    double Objective, double Bound, double Gap, double MaxShortfall, double ShortfallNorm, double MaxBoundExcess, string WorstGood, double WorstSlack);
