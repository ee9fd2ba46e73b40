using Councils.Domain.Planning.Lp;

namespace Councils.Domain.Tests.Planning;

/// <summary>Warm starts and the feasibility-only run (PDLP's feasibility polishing).</summary>
public sealed class PdhgStartTests
{
    [Fact]
    public void Solve_StartedAtTheOptimum_StopsWithinAFewChecks()
    {
        var lp = LpAssert.Netlib("ADLITTLE.mps");
        var cold = PdhgSolver.Solve(lp);

        var warm = PdhgSolver.Solve(lp, new PdhgOptions(Start: new PdhgStart(cold.X, cold.Y)));

        Assert.Equal(PdhgStatus.Optimal, warm.Status);
        Assert.True(warm.Iterations <= 4 * new PdhgOptions().CheckEvery && warm.Iterations * 20 < cold.Iterations, $"{warm.Iterations} iterations from the optimum (cold: {cold.Iterations})");
        Assert.Equal(cold.Objective, warm.Objective, 1e-6 * Math.Abs(cold.Objective));
    }

    [Fact]
    public void Solve_FeasibilityOnly_FindsAFeasiblePointFasterThanTheOptimum()
    {
        var lp = LpAssert.Netlib("ADLITTLE.mps");
        var optimal = PdhgSolver.Solve(lp, new PdhgOptions(Tolerance: 1e-6));

        var feasible = PdhgSolver.Solve(lp, new PdhgOptions(Tolerance: 1e-6, FeasibilityOnly: true));

        Assert.Equal(PdhgStatus.Optimal, feasible.Status);
        Assert.True(feasible.Iterations < optimal.Iterations, $"feasibility {feasible.Iterations}, optimality {optimal.Iterations} iterations");
        var bNorm = Math.Sqrt(Enumerable.Range(0, lp.RowCount).Sum(r => Bound(lp, r) * Bound(lp, r)));
        Assert.True(Violation(lp, feasible.X) <= 1e-6 * (1 + bNorm), $"violation {Violation(lp, feasible.X):E2}");
    }

    [Fact]
    public void Solve_StartThatDoesNotFit_IsRefused()
    {
        var lp = LpAssert.Netlib("AFIRO.mps");

        Assert.Throws<ArgumentException>(() => PdhgSolver.Solve(lp, new PdhgOptions(Start: new PdhgStart(new double[lp.ColumnCount + 1], new double[lp.RowCount]))));
    }

    private static double Bound(LinearProgram lp, int r) =>
        double.IsFinite(lp.RowLower[r]) ? lp.RowLower[r] : double.IsFinite(lp.RowUpper[r]) ? lp.RowUpper[r] : 0;

    private static double Violation(LinearProgram lp, double[] x)
    {
        var ax = new double[lp.RowCount];
        lp.Multiply(x, ax);
        var sum = 0.0;
        for (var r = 0; r < ax.Length; r++)
        {
            var v = ax[r] - Math.Max(lp.RowLower[r], Math.Min(lp.RowUpper[r], ax[r]));
            sum += v * v;
        }
        return Math.Sqrt(sum);
    }
}
