using System.Globalization;

namespace Councils.Bench.Planning;

/// <summary>The <c>plan</c> benchmark's markdown tables, medians over the repeats.</summary>
internal static class PlanTables
{
    public static void Print(List<PlanRun> plans, Dictionary<string, List<LpRun>> others)
    {
        var first = plans[0];
        double Median(Func<PlanRun, double> figure) => Stats.Median(plans.Select(figure).ToList());
        var spmv = others.TryGetValue("spmv", out var s) ? Stats.Median(s.Select(x => x.NnzPerSecond).ToList()) : double.NaN;
        var statuses = string.Join("/", plans.Select(x => x.Status).Distinct());
        var perCore = Median(x => x.NnzPerSecondPerCore);
        var peak = Median(x => x.PeakWorkingSet) / 1048576.0;

        Line($"| products | techniques | goods | needs | nonzeros | generation (median) |");
        Line($"|---:|---:|---:|---:|---:|---:|");
        Line($"| {first.Products:N0} | {first.Techniques:N0} | {first.Goods:N0} | {first.Needs:N0} | {first.NonZeros:N0} | {Median(x => x.GenerateSeconds):F2} s |");
        Console.WriteLine();

        Line($"| threads | PDHG status | iterations | restarts | PDHG rel. gap | PDHG objective | repaired objective | bound | certified gap | max shortfall | repair rounds | solve time (median) | M nnz/s per core | of bare SpMV per core | peak working set |");
        Line($"|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Line($"| {first.Threads} | {statuses} | {Median(x => x.Iterations):N0} | {Median(x => x.Restarts):N0} | {Median(x => x.PdhgRelativeGap):0.0E+0} | {Median(x => x.PdhgObjective):G10} | {Median(x => x.Objective):G10} | {Median(x => x.Bound):G10} | {Median(x => x.CertifiedGap):0.0E+0} | {Median(x => x.MaxShortfall):G3} | {Median(x => x.RepairRounds):F0} | {Median(x => x.Seconds):F2} s | {perCore / 1e6:F0} | {Percent(perCore, spmv)} | {peak:F0} MiB |");
        Console.WriteLine();

        var ours = Median(x => x.Objective);
        var before = Median(x => x.PdhgObjective);
        Line($"| solver | threads | status | objective | rel. diff to our repaired objective | rel. diff to our PDHG objective (before repair) | iterations | time (median) | M nnz/s per core | of bare SpMV per core | peak working set |");
        Line($"|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Line($"| Councils PlanSolver (PDHG, repair, certificate) | {first.Threads} | {statuses} | {ours:G10} | - | {Difference(ours, before)} | {Median(x => x.Iterations):N0} | {Median(x => x.Seconds):F2} s | {perCore / 1e6:F0} | {Percent(perCore, spmv)} | {peak:F0} MiB |");
        foreach (var (configuration, list) in others)
        {
            var run = list[0];
            var wset = Stats.Median(list.Select(x => (double)x.PeakWorkingSet).ToList()) / 1048576.0;
            if (configuration == "spmv")
            {
                Line($"| {LpRun.SpmvName} | 1 | - | - | - | - | - | - | {spmv / 1e6:F0} | 100 % | {wset:F0} MiB |");
                continue;
            }
            // The linear program minimises the negated plan objective.
            var objective = -Stats.Median(list.Select(x => x.Objective).ToList());
            var rate = Stats.Median(list.Select(x => x.NnzPerSecond).ToList()) / run.Threads;
            var name = run.Solver == "pdlp" ? "OR-Tools PDLP" : "OR-Tools GLOP (dual simplex)";
            Line($"| {name} | {run.Threads} | {string.Join("/", list.Select(x => x.Status).Distinct())} | {objective:G10} | {Difference(ours, objective)} | {Difference(before, objective)} | {Stats.Median(list.Select(x => (double)x.Iterations).ToList()):N0} | {Stats.Median(list.Select(x => x.Seconds).ToList()):F2} s | {(double.IsNaN(rate) ? "-" : (rate / 1e6).ToString("F0", CultureInfo.InvariantCulture))} | {Percent(rate, spmv)} | {wset:F0} MiB |");
        }
        Console.WriteLine();

        Console.WriteLine("(≤ marks a threshold first met at the end of the run, timed with the repair; the solver reports only at restarts and at its end.)");
        Line($"| PDHG seconds until (first restart at or below) | {string.Join(" | ", PlanBench.Thresholds.Select(t => t.ToString("0E+0", CultureInfo.InvariantCulture)))} |");
        Line($"|---|{string.Concat(PlanBench.Thresholds.Select(_ => "---:|"))}");
        Line($"| relative gap | {Crossings(plans, x => x.GapBelow)} |");
        Line($"| relative gap and both relative residuals | {Crossings(plans, x => x.AllBelow)} |");
        Line($"| certified gap of the repaired plan | {Crossings(plans, x => x.CertifiedBelow)} |");
    }

    /// <summary>The median crossing time per threshold, a run that never crossed counting as never; "-" when most never did.</summary>
    private static string Crossings(List<PlanRun> plans, Func<PlanRun, double[]> times) =>
        string.Join(" | ", PlanBench.Thresholds.Select((_, i) =>
        {
            var median = Stats.Median(plans.Select(x => double.IsNaN(times(x)[i]) ? double.PositiveInfinity : times(x)[i]).ToList());
            var atEnd = plans.Any(x => times(x)[i] == x.Seconds && x.Seconds == median) ? "≤ " : "";
            return double.IsPositiveInfinity(median) ? "-" : atEnd + median.ToString("F2", CultureInfo.InvariantCulture) + " s";
        }));

    /// <summary>|ours − reference| / max(1, |reference|), or "-" when either is missing.</summary>
    private static string Difference(double ours, double reference) =>
        double.IsFinite(ours) && double.IsFinite(reference)
            ? (Math.Abs(ours - reference) / Math.Max(1, Math.Abs(reference))).ToString("0.0E+0", CultureInfo.InvariantCulture)
            : "-";

    private static string Percent(double rate, double spmv) =>
        double.IsNaN(rate) || double.IsNaN(spmv) ? "-" : (100 * rate / spmv).ToString("F0", CultureInfo.InvariantCulture) + " %";

    private static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
