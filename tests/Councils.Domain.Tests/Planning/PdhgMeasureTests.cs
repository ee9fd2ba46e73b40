using System.Diagnostics;
using Councils.Domain.Planning.Lp;
using Xunit.Abstractions;

namespace Councils.Domain.Tests.Planning;

/// <summary>Iterations and time per case, printed for the figures in docs/planning.md; runs only when PDHG_MEASURE is set.</summary>
public sealed class PdhgMeasureTests(ITestOutputHelper output)
{
    [Fact]
    public void Measure_Cases_PrintsIterationsAndTime()
    {
        if (Environment.GetEnvironmentVariable("PDHG_MEASURE") is null)
            return;
        foreach (var adaptive in new[] { true, false })
        {
            foreach (var file in new[] { "AFIRO.mps", "SC50A.mps", "SC50B.mps", "ADLITTLE.mps", "BLEND.mps" })
                Print(file, LpAssert.Netlib(file), adaptive);
            Print("random 2000x4000", RandomLp.Create(2000, 4000, 6, 7), adaptive);
        }
    }

    private void Print(string name, LinearProgram lp, bool adaptive)
    {
        var clock = Stopwatch.StartNew();
        var result = PdhgSolver.Solve(lp, new PdhgOptions(IterationLimit: 200_000, AdaptiveSteps: adaptive));
        output.WriteLine($"{name} ({(adaptive ? "adaptive" : "fixed")}): {result.Status}, {result.Iterations} iterations, {result.Restarts} restarts, {clock.Elapsed.TotalMilliseconds:F0} ms, objective {result.Objective:R}");
    }
}
