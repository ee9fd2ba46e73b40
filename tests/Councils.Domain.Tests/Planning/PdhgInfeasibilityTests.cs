using Councils.Domain.Planning.Lp;
using Xunit.Abstractions;

namespace Councils.Domain.Tests.Planning;

/// <summary>Programs with no optimum: the status and a ray whose certificate is re-checked here with plain loops.</summary>
public sealed class PdhgInfeasibilityTests(ITestOutputHelper output)
{
    private const double Inf = double.PositiveInfinity;

    /// <summary>Rows x ≥ 1 and x ≤ 0 on one column x ≥ 0: no point meets both.</summary>
    [Fact]
    public void Solve_ContradictoryRows_ReportsPrimalInfeasibleWithAFarkasRay()
    {
        var lp = Program([1.0], [(1, Inf), (-Inf, 0)], [(0, Inf)], [[1.0], [1.0]]);

        var result = PdhgSolver.Solve(lp);
        output.WriteLine($"{result.Status} after {result.Iterations} iterations");

        Assert.Equal(PdhgStatus.PrimalInfeasible, result.Status);
        AssertDualRay(lp, result.DualRay);
        Assert.Null(result.PrimalRay);
    }

    /// <summary>A row x₁ + x₂ ≥ 3 against column bounds 0 ≤ x ≤ 1.</summary>
    [Fact]
    public void Solve_RowBeyondColumnBounds_ReportsPrimalInfeasibleWithAFarkasRay()
    {
        var lp = Program([1.0, 2.0], [(3, Inf)], [(0, 1), (0, 1)], [[1.0, 1.0]]);

        var result = PdhgSolver.Solve(lp);
        output.WriteLine($"{result.Status} after {result.Iterations} iterations");

        Assert.Equal(PdhgStatus.PrimalInfeasible, result.Status);
        AssertDualRay(lp, result.DualRay);
    }

    /// <summary>min −x₁ s.t. x₁ − x₂ ≤ 1, x ≥ 0: x₁ and x₂ can grow together without end.</summary>
    [Fact]
    public void Solve_Unbounded_ReportsDualInfeasibleWithAnImprovingRay()
    {
        var lp = Program([-1.0, 0.0], [(-Inf, 1)], [(0, Inf), (0, Inf)], [[1.0, -1.0]]);

        var result = PdhgSolver.Solve(lp);
        output.WriteLine($"{result.Status} after {result.Iterations} iterations");

        Assert.Equal(PdhgStatus.DualInfeasible, result.Status);
        AssertPrimalRay(lp, result.PrimalRay);
        Assert.Null(result.DualRay);
    }

    /// <summary>min −x₁ − x₂ s.t. x₁ − x₂ ≥ 1, −x₁ + x₂ ≥ 1, x ≥ 0: neither the program nor its dual has a point.</summary>
    [Fact]
    public void Solve_PrimalAndDualInfeasible_ReportsOneWithItsCertificate()
    {
        var lp = Program([-1.0, -1.0], [(1, Inf), (1, Inf)], [(0, Inf), (0, Inf)], [[1.0, -1.0], [-1.0, 1.0]]);

        var result = PdhgSolver.Solve(lp);
        output.WriteLine($"{result.Status} after {result.Iterations} iterations");

        Assert.Contains(result.Status, new[] { PdhgStatus.PrimalInfeasible, PdhgStatus.DualInfeasible });
        if (result.Status == PdhgStatus.PrimalInfeasible)
            AssertDualRay(lp, result.DualRay);
        else
            AssertPrimalRay(lp, result.PrimalRay);
    }

    [Fact]
    public void Solve_RandomProgramWithAContradictoryRowCopy_ReportsPrimalInfeasible()
    {
        var lp = RandomLp.Create(300, 600, 4, 5, "infeasible");

        var result = PdhgSolver.Solve(lp);
        output.WriteLine($"{result.Status} after {result.Iterations} iterations");

        Assert.Equal(PdhgStatus.PrimalInfeasible, result.Status);
        AssertDualRay(lp, result.DualRay);
    }

    [Fact]
    public void Solve_RandomProgramWithAFreeImprovingColumn_ReportsDualInfeasible()
    {
        var lp = RandomLp.Create(300, 600, 4, 5, "unbounded");

        var result = PdhgSolver.Solve(lp);
        output.WriteLine($"{result.Status} after {result.Iterations} iterations");

        Assert.Equal(PdhgStatus.DualInfeasible, result.Status);
        AssertPrimalRay(lp, result.PrimalRay);
    }

    [Theory]
    [InlineData("AFIRO.mps")]
    [InlineData("SC50A.mps")]
    [InlineData("SC50B.mps")]
    [InlineData("ADLITTLE.mps")]
    [InlineData("BLEND.mps")]
    public void Solve_FeasibleCase_IsNeverCalledInfeasible(string file)
    {
        var result = PdhgSolver.Solve(LpAssert.Netlib(file), new PdhgOptions(Tolerance: 1e-4));

        Assert.Equal(PdhgStatus.Optimal, result.Status);
    }

    private static LinearProgram Program(double[] cost, (double Lower, double Upper)[] rows, (double Lower, double Upper)[] columns, double[][] matrix)
    {
        var b = new LinearProgramBuilder { Name = "HAND" };
        for (var r = 0; r < rows.Length; r++)
            b.AddRow($"r{r}", rows[r].Lower, rows[r].Upper);
        for (var j = 0; j < cost.Length; j++)
            b.AddColumn($"x{j}", cost[j], columns[j].Lower, columns[j].Upper);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var j = 0; j < cost.Length; j++)
            {
                if (matrix[r][j] != 0)
                    b.AddEntry(r, j, matrix[r][j]);
            }
        }
        return b.Build();
    }

    /// <summary>
    /// Farkas: y leans only on finite row bounds, λ = −Aᵀy on finite column bounds (up to 1e-6 of the value,
    /// the solver's own test being 1e-8), and the bound value is positive.
    /// </summary>
    private static void AssertDualRay(LinearProgram lp, double[]? ray)
    {
        Assert.NotNull(ray);
        var aty = new double[lp.ColumnCount];
        for (var j = 0; j < lp.ColumnCount; j++)
        {
            for (var k = lp.ColumnStarts[j]; k < lp.ColumnStarts[j + 1]; k++)
                aty[j] += lp.ColumnValues[k] * ray[lp.ColumnRowIndices[k]];
        }
        var value = 0.0;
        for (var r = 0; r < lp.RowCount; r++)
        {
            if (ray[r] > 0)
                value += ray[r] * Finite(lp.RowLower[r]);
            else if (ray[r] < 0)
                value += ray[r] * Finite(lp.RowUpper[r]);
        }
        var leaning = 0.0;
        for (var j = 0; j < lp.ColumnCount; j++)
        {
            var lambda = -aty[j];
            var bound = lambda > 0 ? lp.ColumnLower[j] : lp.ColumnUpper[j];
            if (lambda == 0)
                continue;
            if (double.IsFinite(bound))
                value += lambda * bound;
            else
                leaning += lambda * lambda;
        }
        Assert.True(value > 1e-6, $"Farkas value {value}");
        Assert.True(Math.Sqrt(leaning) <= 1e-6 * value, $"reduced costs against infinite column bounds {Math.Sqrt(leaning):E2}");
    }

    /// <summary>cᵀd &lt; 0 with d in the column box's recession cone and A·d in the row bounds' one.</summary>
    private static void AssertPrimalRay(LinearProgram lp, double[]? ray)
    {
        Assert.NotNull(ray);
        var ad = new double[lp.RowCount];
        var objective = 0.0;
        for (var j = 0; j < lp.ColumnCount; j++)
        {
            Assert.True(ray[j] <= 0 || !double.IsFinite(lp.ColumnUpper[j]), "the ray rises past an upper bound");
            Assert.True(ray[j] >= 0 || !double.IsFinite(lp.ColumnLower[j]), "the ray falls past a lower bound");
            objective += lp.Cost[j] * ray[j];
            for (var k = lp.ColumnStarts[j]; k < lp.ColumnStarts[j + 1]; k++)
                ad[lp.ColumnRowIndices[k]] += lp.ColumnValues[k] * ray[j];
        }
        for (var r = 0; r < lp.RowCount; r++)
        {
            Assert.True(ad[r] <= 1e-9 || !double.IsFinite(lp.RowUpper[r]), $"row {r} rises past its upper bound");
            Assert.True(ad[r] >= -1e-9 || !double.IsFinite(lp.RowLower[r]), $"row {r} falls past its lower bound");
        }
        Assert.True(objective < -1e-6, $"cᵀd = {objective}");
    }

    private static double Finite(double bound)
    {
        Assert.True(double.IsFinite(bound), "the certificate leans on an infinite bound");
        return bound;
    }
}
