namespace Councils.Domain.Planning.Economy;

/// <summary>What <see cref="PlanVerifier"/> found: the figures it recomputed and every failure, in the order of the file.</summary>
public sealed class VerificationReport
{
    internal VerificationReport(IReadOnlyList<VerificationFailure> failures, VerifiedFigures? figures) => (Failures, Figures) = (failures, figures);

    /// <summary>Every failure found; empty when the plan and its certificate hold.</summary>
    public IReadOnlyList<VerificationFailure> Failures { get; }

    /// <summary>True when nothing failed.</summary>
    public bool Holds => Failures.Count == 0;

    /// <summary>The recomputed figures, or null when the plan does not fit the problem well enough to compute them.</summary>
    public VerifiedFigures? Figures { get; }
}
