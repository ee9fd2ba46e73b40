using System.Diagnostics;

namespace Councils.Bench.Counting;

/// <summary>Timing and reporting shared by the counting figures.</summary>
internal static class Measure
{
    /// <summary>A full collection before each timed pass, so one pass's garbage is not charged to the next.</summary>
    public static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    public static double Since(long start) => Stopwatch.GetElapsedTime(start).TotalMilliseconds;

    /// <summary>One line per figure: our median beside the baseline's median from the same run.</summary>
    public static void Result(string figure, IReadOnlyList<double> ours, IReadOnlyList<double> baseline, string extra = "")
    {
        var (o, b) = (Stats.Median(ours), Stats.Median(baseline));
        Console.WriteLine($"RESULT count {figure} councils_ms={o:F3} baseline_ms={b:F3} baseline_over_councils={b / o:F1} runs={ours.Count}{(extra.Length > 0 ? " " + extra : "")}");
    }

    public static string Target(IReadOnlyList<double> ours, double targetMs) =>
        $"target_ms={targetMs:F0} meets_target={(Stats.Median(ours) < targetMs ? "yes" : "no")}";

    /// <summary>The 1-, 5- and 15-minute load averages: the machine is shared, so every report says how busy it was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
