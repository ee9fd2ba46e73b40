namespace Councils.Domain.Planning.Lp;

/// <summary>
/// A restarted primal-dual hybrid gradient (PDLP-style) solver for a <see cref="LinearProgram"/>.
/// </summary>
/// <remarks>
/// The saddle problem is min over x in the column box, max over y, of cᵀx − yᵀAx + p(y), where p(y) takes
/// l_r·y_r for y_r &gt; 0 and u_r·y_r for y_r &lt; 0 (so y_r ≥ 0 on a row without upper bound and ≤ 0 without
/// lower bound). The data are first equilibrated (Ruiz, then Pock–Chambolle with α = 1); the step is
/// η = 0.998/‖A‖₂ split as τ = η/ω, σ = ηω by the primal weight ω, which starts at ‖c‖/‖b‖ and is moved at
/// each restart towards ‖Δy‖/‖Δx‖. Iterates are averaged since the last restart; every
/// <see cref="PdhgOptions.CheckEvery"/> iterations the better (by weighted KKT error) of the current and the
/// average becomes a restart candidate, taken on sufficient or stalled decay of the KKT error, or when the
/// run since the last restart is long. All loops are sequential in a fixed order: the same input gives a
/// bit-identical result.
/// </remarks>
public static class PdhgSolver
{
    /// <summary>Solves <paramref name="lp"/>; see <see cref="PdhgOptions"/> for the termination test.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A tolerance or check interval that is not positive, or a negative count.</exception>
    public static PdhgResult Solve(LinearProgram lp, PdhgOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lp);
        options ??= new PdhgOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Tolerance, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.IterationLimit, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.RuizIterations, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.CheckEvery, nameof(options));
        var original = new PdhgProblem(lp);
        var scaled = new PdhgProblem(lp);
        scaled.Equilibrate(options.RuizIterations);
        return new PdhgRun(original, scaled, options).Run();
    }
}
