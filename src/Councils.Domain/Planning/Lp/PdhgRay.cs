using System.Runtime.CompilerServices;

namespace Councils.Domain.Planning.Lp;

/// <summary>
/// The two certificates that a program has no optimum, tested numerically in the original units.
/// </summary>
/// <remarks>
/// A dual ray r proves the rows and column bounds cannot all hold (Farkas): with λ = −Aᵀr, the value
/// Σ_r (r &gt; 0 ? r·l : r·u) + Σ_j (λ &gt; 0 ? λ·lo : λ·hi) is positive while no term needs an infinite bound.
/// For any point x̄ meeting every bound that value is at most √V·(‖x̄‖ + ‖Ax̄‖), V being the squared size of
/// the terms that would need an infinite bound, so accepting only when √V ≤ ε·value means a feasible point
/// would have to be larger than 1/ε. The primal ray test is the mirror image: cᵀd &lt; 0, with d and A·d in
/// the recession cones of the column box and the row bounds, up to √V ≤ ε·|cᵀd|, which a dual feasible
/// point smaller than 1/ε rules out. A value lost in rounding (small against the sum of its terms) is refused.
/// </remarks>
internal static class PdhgRay
{
    private const double Cancellation = 1e-9;

    /// <summary>
    /// Whether r = <paramref name="y"/> − <paramref name="from"/> (with Aᵀr = <paramref name="aty"/> −
    /// <paramref name="atyFrom"/>; a null origin is zero) is a Farkas certificate of primal infeasibility.
    /// </summary>
    /// <remarks>Taking the ray as a difference lets the moves between checks be tested without a vector of their own.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsDualRay(LinearProgram lp, double[] y, double[]? from, double[] aty, double[]? atyFrom, double tolerance)
    {
        double value = 0, size = 0, violation = 0;
        var rowLower = lp.RowLower;
        var rowUpper = lp.RowUpper;
        for (var i = 0; i < y.Length; i++)
            Add(y[i] - (from?[i] ?? 0), rowLower[i], rowUpper[i], ref value, ref size, ref violation);
        var lower = lp.ColumnLower;
        var upper = lp.ColumnUpper;
        for (var j = 0; j < aty.Length; j++)
            Add(-(aty[j] - (atyFrom?[j] ?? 0)), lower[j], upper[j], ref value, ref size, ref violation);
        return value > 0 && value > Cancellation * size && Math.Sqrt(violation) <= tolerance * value;
    }

    /// <summary>
    /// Whether d = <paramref name="x"/> − <paramref name="from"/> (with A·d = <paramref name="ax"/> −
    /// <paramref name="axFrom"/>; a null origin is zero) is an improving ray: the dual is infeasible.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsPrimalRay(LinearProgram lp, double[] x, double[]? from, double[] ax, double[]? axFrom, double tolerance)
    {
        double value = 0, size = 0, violation = 0;
        var cost = lp.Cost;
        var lower = lp.ColumnLower;
        var upper = lp.ColumnUpper;
        for (var j = 0; j < x.Length; j++)
        {
            var d = x[j] - (from?[j] ?? 0);
            value += cost[j] * d;
            size += Math.Abs(cost[j] * d);
            violation += Outside(d, lower[j], upper[j]);
        }
        var rowLower = lp.RowLower;
        var rowUpper = lp.RowUpper;
        for (var i = 0; i < ax.Length; i++)
            violation += Outside(ax[i] - (axFrom?[i] ?? 0), rowLower[i], rowUpper[i]);
        return value < 0 && -value > Cancellation * size && Math.Sqrt(violation) <= tolerance * -value;
    }

    /// <summary>Sets to zero each multiplier that leans on an infinite row bound.</summary>
    public static void ProjectDual(LinearProgram lp, double[] r)
    {
        for (var i = 0; i < r.Length; i++)
        {
            if ((r[i] > 0 && !double.IsFinite(lp.RowLower[i])) || (r[i] < 0 && !double.IsFinite(lp.RowUpper[i])))
                r[i] = 0;
        }
    }

    /// <summary>Sets to zero each direction component that a finite column bound forbids.</summary>
    public static void ProjectPrimal(LinearProgram lp, double[] d)
    {
        for (var j = 0; j < d.Length; j++)
        {
            if ((d[j] > 0 && double.IsFinite(lp.ColumnUpper[j])) || (d[j] < 0 && double.IsFinite(lp.ColumnLower[j])))
                d[j] = 0;
        }
    }

    /// <summary>Scales <paramref name="ray"/> to largest magnitude one.</summary>
    public static double[] Normalised(double[] ray)
    {
        var largest = 0.0;
        foreach (var v in ray)
            largest = Math.Max(largest, Math.Abs(v));
        var result = new double[ray.Length];
        for (var i = 0; i < ray.Length; i++)
            result[i] = ray[i] / largest;
        return result;
    }

    /// <summary>A multiplier's share: its bound times it when that bound is finite, else a violation.</summary>
    private static void Add(double multiplier, double lower, double upper, ref double value, ref double size, ref double violation)
    {
        if (multiplier == 0)
            return;
        var bound = multiplier > 0 ? lower : upper;
        if (double.IsFinite(bound))
        {
            value += multiplier * bound;
            size += Math.Abs(multiplier * bound);
        }
        else
        {
            violation += multiplier * multiplier;
        }
    }

    /// <summary>The squared part of a direction component that a finite bound forbids (up needs no upper bound, down no lower).</summary>
    private static double Outside(double direction, double lower, double upper) =>
        (direction > 0 && double.IsFinite(upper)) || (direction < 0 && double.IsFinite(lower)) ? direction * direction : 0;
}
