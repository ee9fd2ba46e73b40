using Councils.Domain.Planning.Lp;

namespace Councils.Domain.Tests.Planning;

public sealed class PdhgThreadsTests
{
    public static TheoryData<string> Cases => ["ADLITTLE.mps", "random"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Solve_AnyThreadCount_GivesBitIdenticalResults(string name)
    {
        var lp = name == "random" ? RandomLp.Create(20_000, 40_000, 6, 11) : LpAssert.Netlib(name);
        var limit = name == "random" ? 640 : 500_000;

        var results = new[] { 1, 2, 3, 8 }
            .Select(threads => PdhgSolver.Solve(lp, new PdhgOptions(IterationLimit: limit, Threads: threads)))
            .ToArray();

        foreach (var other in results.Skip(1))
        {
            Assert.Equal(results[0].Status, other.Status);
            Assert.Equal(results[0].Iterations, other.Iterations);
            Assert.Equal(Bits(results[0].X), Bits(other.X));
            Assert.Equal(Bits(results[0].Y), Bits(other.Y));
            Assert.Equal(BitConverter.DoubleToInt64Bits(results[0].Objective), BitConverter.DoubleToInt64Bits(other.Objective));
        }
    }

    [Fact]
    public void Solve_SeveralThreads_StillReachesTheOptimum()
    {
        var result = PdhgSolver.Solve(LpAssert.Netlib("BLEND.mps"), new PdhgOptions(Threads: 2));

        Assert.Equal(PdhgStatus.Optimal, result.Status);
        Assert.Equal(-30.812149846, result.Objective, 1e-5);
    }

    [Fact]
    public void Solve_Progress_IsReportedAtEachRestart()
    {
        var reports = new List<PdhgProgress>();

        var result = PdhgSolver.Solve(LpAssert.Netlib("AFIRO.mps"), new PdhgOptions(Progress: reports.Add));

        Assert.Equal(result.Restarts, reports.Count);
        Assert.True(reports.Count > 0);
        Assert.All(reports, p => Assert.True(p.RelativePrimalResidual >= 0 && p.RelativeDualResidual >= 0 && p.RelativeGap >= 0));
        Assert.Equal(reports.Select(p => p.Iteration).Order(), reports.Select(p => p.Iteration));
    }

    [Fact]
    public void Solve_AcceptAtTheThirdRestart_StopsThereWithThatPoint()
    {
        var asked = new List<(double[] X, double[] Y)>();

        var result = PdhgSolver.Solve(LpAssert.Netlib("ADLITTLE.mps"), new PdhgOptions(Accept: (x, y) =>
        {
            asked.Add(((double[])x.Clone(), (double[])y.Clone()));
            return asked.Count == 3;
        }));

        Assert.Equal(PdhgStatus.Accepted, result.Status);
        Assert.Equal(3, result.Restarts);
        Assert.Equal(asked[2].X, result.X);
        Assert.Equal(asked[2].Y, result.Y);
        Assert.True(result.Gap > 1e-8 * (1 + Math.Abs(result.Objective)), "accepted before the tolerance was met");
    }

    [Fact]
    public void Solve_TimeLimitPassed_StopsWithTheBestIterate()
    {
        var result = PdhgSolver.Solve(LpAssert.Netlib("ADLITTLE.mps"), new PdhgOptions(TimeLimit: TimeSpan.Zero));

        Assert.Equal(PdhgStatus.IterationLimit, result.Status);
        Assert.Equal(new PdhgOptions().CheckEvery, result.Iterations);
    }

    [Fact]
    public void Solve_NoIterations_ReturnsTheStartingPointWithinTheColumnBounds()
    {
        var b = new LinearProgramBuilder();
        b.AddRow("r", 0, 10);
        var x = b.AddColumn("x", 1, lower: 2, upper: 5);
        b.AddEntry(0, x, 1);

        var result = PdhgSolver.Solve(b.Build(), new PdhgOptions(IterationLimit: 0));

        Assert.Equal(PdhgStatus.IterationLimit, result.Status);
        Assert.Equal(2, result.X[0]);
        Assert.Equal(2, result.Objective);
    }

    private static long[] Bits(double[] values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];
}
