using System.Diagnostics;

namespace Councils.Domain.Planning.Lp;

/// <summary>
/// A restarted primal-dual hybrid gradient (PDLP-style) solver for a <see cref="LinearProgram"/>.
/// </summary>
/// <remarks>
/// The saddle problem is min over x in the column box, max over y, of cᵀx − yᵀAx + p(y), where p(y) takes
/// l_r·y_r for y_r &gt; 0 and u_r·y_r for y_r &lt; 0 (so y_r ≥ 0 on a row without upper bound and ≤ 0 without
/// lower bound). The data are equilibrated (Ruiz, then Pock–Chambolle with α = 1) into row and column scale
/// vectors D and E; the iteration works in the original units with the diagonal steps τE² and σD², so the
/// matrix is never copied. The step η (τ = η/ω, σ = ηω) is adaptive (PDLP's rule) or fixed at 0.998/‖DAE‖₂;
/// the primal weight ω starts at ‖Ec‖/‖Db‖ and moves at each restart towards ‖Δy‖/‖Δx‖. Iterates are averaged
/// (weighted by step) since the last restart; every <see cref="PdhgOptions.CheckEvery"/> iterations the better
/// (by weighted KKT error) of the current point and the average becomes a restart candidate, taken on
/// sufficient or stalled decay of the KKT error, or when the run since the last restart is long. At each
/// check the move since the previous check is tested as a ray (<see cref="PdhgStatus.PrimalInfeasible"/>,
/// <see cref="PdhgStatus.DualInfeasible"/>). Every loop runs over a partition into chunks fixed by the matrix,
/// with per-chunk sums added in chunk order: the result is bit-identical for any <see cref="PdhgOptions.Threads"/>.
/// </remarks>
public static class PdhgSolver
{
    /// <summary>Solves <paramref name="lp"/>; see <see cref="PdhgOptions"/> for the termination test.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A tolerance, check interval or thread count that is not positive, or a negative count.</exception>
    public static PdhgResult Solve(LinearProgram lp, PdhgOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lp);
        var clock = Stopwatch.StartNew();
        options ??= new PdhgOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Tolerance, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.IterationLimit, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.RuizIterations, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.CheckEvery, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Threads, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.InfeasibilityTolerance, nameof(options));
        if (options.Start is { } start && (start.X.Length != lp.ColumnCount || start.Y.Length != lp.RowCount))
            throw new ArgumentException("The start point does not fit the program's columns and rows.", nameof(options));
        var problem = new PdhgProblem(options.FeasibilityOnly ? lp.WithoutObjective() : lp, options.Threads);
        problem.Equilibrate(options.RuizIterations);
        return new PdhgRun(problem, options, clock).Run();
    }
}
