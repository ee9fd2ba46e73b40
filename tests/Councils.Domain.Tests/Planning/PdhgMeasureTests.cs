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
            Print("Chvatal", LpAssert.Netlib("chvatal_ch2_dictionary_example.mps"), adaptive);
            Print("random 2000x4000", RandomLp.Create(2000, 4000, 6, 7), adaptive);
        }
    }

    [Fact]
    public void Measure_LargeRandom_PrintsTimePerIterationAgainstBareProducts()
    {
        if (Environment.GetEnvironmentVariable("PDHG_MEASURE_LARGE") is null)
            return;
        var lp = RandomLp.Create(200_000, 400_000, 6, 3);
        var x = new double[lp.ColumnCount];
        var y = new double[lp.RowCount];
        Array.Fill(x, 1.0);
        Array.Fill(y, 1.0);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 100; i++)
        {
            lp.Multiply(x, y);
            lp.MultiplyTransposed(y, x);
        }
        output.WriteLine($"{lp.NonZeroCount} entries; bare A·x + Aᵀ·y: {clock.Elapsed.TotalMilliseconds / 100:F2} ms");
        foreach (var threads in new[] { 1, 2 })
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
            var result = PdhgSolver.Solve(lp, new PdhgOptions(IterationLimit: 640, Threads: threads));
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            output.WriteLine($"threads {threads}: {result.Iterations} iterations, {clock.Elapsed.TotalMilliseconds:F0} ms, {clock.Elapsed.TotalMilliseconds / result.Iterations:F2} ms per iteration (setup included), {allocated / 1e6:F0} MB allocated");
        }
    }

    private void Print(string name, LinearProgram lp, bool adaptive)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = PdhgSolver.Solve(lp, new PdhgOptions(IterationLimit: 200_000, AdaptiveSteps: adaptive));
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        output.WriteLine($"{name} ({(adaptive ? "adaptive" : "fixed")}): {result.Status}, {result.Iterations} iterations, {result.Restarts} restarts, {clock.Elapsed.TotalMilliseconds:F0} ms wall, {cpu.TotalMilliseconds:F0} ms processor, objective {result.Objective:R}");
    }
}
