using Councils.Domain.Planning.Lp;
using Xunit.Abstractions;

namespace Councils.Domain.Tests.Planning;

public sealed class PdhgSolverTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("AFIRO.mps", -464.7531428571)]
    [InlineData("SC50A.mps", -64.575077059)]
    [InlineData("SC50B.mps", -70.0)]
    [InlineData("ADLITTLE.mps", 225494.96316)]
    [InlineData("BLEND.mps", -30.812149846)]
    [InlineData("chvatal_ch2_dictionary_example.mps", -13.0)]
    public void Solve_NetlibCase_ReachesThePublishedOptimum(string file, double optimum)
    {
        var lp = LpAssert.Netlib(file);

        var result = PdhgSolver.Solve(lp);

        var error = Math.Abs(result.Objective - optimum) / Math.Abs(optimum);
        output.WriteLine($"{file}: {result.Status}, {result.Iterations} iterations, {result.Restarts} restarts, objective {result.Objective:R}, relative error {error:E2}");
        Assert.Equal(PdhgStatus.Optimal, result.Status);
        Assert.True(error <= 1e-6, $"relative error {error:E2}");
        Recheck(lp, result, new PdhgOptions().Tolerance);
    }

    [Fact]
    public void Solve_SameInputTwice_GivesBitIdenticalResults()
    {
        var lp = LpAssert.Netlib("ADLITTLE.mps");

        var first = PdhgSolver.Solve(lp);
        var second = PdhgSolver.Solve(lp);

        Assert.Equal(first.X.Select(BitConverter.DoubleToInt64Bits), second.X.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(first.Y.Select(BitConverter.DoubleToInt64Bits), second.Y.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(first.Iterations, second.Iterations);
    }

    /// <summary>
    /// min −x₁ − x₂ s.t. x₁ + 2x₂ ≤ 4, 3x₁ + x₂ ≤ 6, 0 ≤ x: the optimum is the corner (8/5, 6/5) with value −14/5,
    /// both rows tight with duals y = (−2/5, −1/5).
    /// </summary>
    [Fact]
    public void Solve_TinyLp_FindsTheHandSolution()
    {
        const string mps = """
            NAME TINY
            ROWS
             N obj
             L r1
             L r2
            COLUMNS
             x1 obj -1 r1 1
             x1 r2 3
             x2 obj -1 r1 2
             x2 r2 1
            RHS
             rhs r1 4 r2 6
            ENDATA
            """;
        var lp = MpsReader.Parse(mps, MpsFormat.Free);

        var result = PdhgSolver.Solve(lp);

        Assert.Equal(PdhgStatus.Optimal, result.Status);
        Assert.Equal(1.6, result.X[0], 1e-6);
        Assert.Equal(1.2, result.X[1], 1e-6);
        Assert.Equal(-2.8, result.Objective, 1e-6);
        Assert.Equal(-0.4, result.Y[0], 1e-6);
        Assert.Equal(-0.2, result.Y[1], 1e-6);
        Recheck(lp, result, new PdhgOptions().Tolerance);
    }

    /// <summary>
    /// min −x₁ + x₂ s.t. 1 ≤ x₁ − x₂ ≤ 3 (ranged), x₁ + x₂ = 4, x₁ ≤ 5, x₂ free: the ranged row is at its upper
    /// end, so x = (3.5, 0.5), value −3, and c − Aᵀy = 0 gives y = (−1, 0).
    /// </summary>
    [Fact]
    public void Solve_RangedEqualityAndFreeColumn_FindsTheHandSolution()
    {
        const string mps = """
            NAME MIXED
            ROWS
             N obj
             G range
             E sum
            COLUMNS
             x1 obj -1 range 1
             x1 sum 1
             x2 obj 1 range -1
             x2 sum 1
            RHS
             rhs range 1 sum 4
            RANGES
             rng range 2
            BOUNDS
             UP bnd x1 5
             FR bnd x2
            ENDATA
            """;
        var lp = MpsReader.Parse(mps, MpsFormat.Free);

        var result = PdhgSolver.Solve(lp);

        Assert.Equal(PdhgStatus.Optimal, result.Status);
        Assert.Equal(3.5, result.X[0], 1e-6);
        Assert.Equal(0.5, result.X[1], 1e-6);
        Assert.Equal(-3, result.Objective, 1e-6);
        Assert.Equal(-1, result.Y[0], 1e-6);
        Assert.Equal(0, result.Y[1], 1e-6);
        Recheck(lp, result, new PdhgOptions().Tolerance);
    }

    [Fact]
    public void Solve_IterationLimit_ReportsIt()
    {
        var result = PdhgSolver.Solve(LpAssert.Netlib("ADLITTLE.mps"), new PdhgOptions(IterationLimit: 100));

        Assert.Equal(PdhgStatus.IterationLimit, result.Status);
        Assert.Equal(100, result.Iterations);
    }

    /// <summary>Recomputes Ax, Aᵀy, the residuals and the gap with plain loops over the CSC data.</summary>
    private static void Recheck(LinearProgram lp, PdhgResult result, double eps)
    {
        int m = lp.RowCount, n = lp.ColumnCount;
        var ax = new double[m];
        var aty = new double[n];
        for (var j = 0; j < n; j++)
        {
            for (var k = lp.ColumnStarts[j]; k < lp.ColumnStarts[j + 1]; k++)
            {
                ax[lp.ColumnRowIndices[k]] += lp.ColumnValues[k] * result.X[j];
                aty[j] += lp.ColumnValues[k] * result.Y[lp.ColumnRowIndices[k]];
            }
        }
        double primal = 0, dual = 0, b = 0, c = 0, pobj = lp.ObjectiveConstant, dobj = lp.ObjectiveConstant;
        for (var r = 0; r < m; r++)
        {
            double l = lp.RowLower[r], u = lp.RowUpper[r], y = result.Y[r];
            var violation = ax[r] < l ? l - ax[r] : ax[r] > u ? ax[r] - u : 0;
            primal += violation * violation;
            var bound = Math.Max(double.IsFinite(l) ? Math.Abs(l) : 0, double.IsFinite(u) ? Math.Abs(u) : 0);
            b += bound * bound;
            Assert.True(y <= 0 || double.IsFinite(l), "a positive dual on a row without a lower bound");
            Assert.True(y >= 0 || double.IsFinite(u), "a negative dual on a row without an upper bound");
            dobj += y > 0 ? y * l : y < 0 ? y * u : 0;
        }
        for (var j = 0; j < n; j++)
        {
            double lo = lp.ColumnLower[j], hi = lp.ColumnUpper[j], x = result.X[j];
            Assert.InRange(x, lo, hi);
            pobj += lp.Cost[j] * x;
            c += lp.Cost[j] * lp.Cost[j];
            var reduced = lp.Cost[j] - aty[j];
            if (reduced > 0 && double.IsFinite(lo))
                dobj += reduced * lo;
            else if (reduced < 0 && double.IsFinite(hi))
                dobj += reduced * hi;
            else
                dual += reduced * reduced;
        }
        Assert.True(Math.Sqrt(primal) <= eps * (1 + Math.Sqrt(b)), $"primal residual {Math.Sqrt(primal):E2}");
        Assert.True(Math.Sqrt(dual) <= eps * (1 + Math.Sqrt(c)), $"dual residual {Math.Sqrt(dual):E2}");
        Assert.True(Math.Abs(pobj - dobj) <= eps * (1 + Math.Abs(pobj) + Math.Abs(dobj)), $"gap {Math.Abs(pobj - dobj):E2}");
        Assert.Equal(result.Objective, pobj, Math.Max(1e-9, Math.Abs(pobj) * 1e-12));
    }
}
