using System.Diagnostics;
using System.Globalization;
using Councils.Domain.Planning.Lp;

namespace Councils.Bench.Planning;

/// <summary>
/// The planning engine against its references on one instance (issue 5): our <see cref="PdhgSolver"/>
/// on 1 and 2 threads, OR-Tools PDLP on 1 and 2 threads to the same tolerance, GLOP (dual simplex)
/// when the instance is small enough or under a time cap, and the bare A·x + Aᵀ·y rate over the same
/// matrix. Each run is a child process of its own so that its peak working set is its own; the runs
/// are interleaved, repeat by repeat, so that the machine's other load hits every solver alike.
/// </summary>
internal static class LpBench
{
    private static readonly string[] Configurations = ["spmv", "pdhg:1", "pdhg:2", "pdlp:1", "pdlp:2", "glop:1"];

    public static int Run(string[] args)
    {
        if (LpSource.From(args) is not { } source)
        {
            Console.Error.WriteLine("lp: give --mps FILE, --random-lp ROWS COLS NNZ_PER_COL [--seed S] or --economy PRODUCTS [--techniques K] [--inputs K] [--resources K] [--needs K] [--seed S]");
            return 2;
        }
        var tolerance = double.Parse(Stats.Option(args, "tolerance", "1e-4"), CultureInfo.InvariantCulture);
        var limitText = Stats.Option(args, "time-limit", "");
        TimeSpan? timeLimit = limitText.Length > 0 ? TimeSpan.FromSeconds(double.Parse(limitText, CultureInfo.InvariantCulture)) : null;
        var child = Stats.Option(args, "child", "");
        if (child.Length > 0)
        {
            var (solver, threads) = Split(child);
            var lp = source.Make();
            // GLOP has its own cap, so that the other solvers can run to the end.
            var cap = solver == "glop" ? GlopCap(args) ?? timeLimit : timeLimit;
            Console.WriteLine(LpRun.Measure(lp, solver, threads, tolerance, cap).ToLine());
            return 0;
        }
        return Parent(args, source.Make, source.Description, tolerance, timeLimit);
    }

    private static int Parent(string[] args, Func<LinearProgram> make, string description, double tolerance, TimeSpan? timeLimit)
    {
        var repeat = int.Parse(Stats.Option(args, "repeat", "3"), CultureInfo.InvariantCulture);
        var glopMaxColumns = int.Parse(Stats.Option(args, "glop-max-columns", "20000"), CultureInfo.InvariantCulture);
        var watch = Stopwatch.StartNew();
        var lp = make();
        var (rows, columns, nnz) = (lp.RowCount, lp.ColumnCount, lp.NonZeroCount);
        Console.WriteLine($"lp: {description}");
        Console.WriteLine($"  {rows:N0} rows, {columns:N0} columns, {nnz:N0} nonzeros; made in {watch.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"  tolerance {tolerance:G3} (relative, PDHG and PDLP alike), time limit {(timeLimit is { } t ? $"{t.TotalSeconds:F0} s" : "none")}, GLOP cap {(GlopCap(args) is { } g ? $"{g.TotalSeconds:F0} s" : "none")}, repeat {repeat}; load average {ChildRun.LoadAverage()}");
        lp = null;
        var wanted = Configurations.Where(c => !c.StartsWith("glop", StringComparison.Ordinal) || columns <= glopMaxColumns || GlopCap(args) is not null).ToArray();
        if (wanted.Length < Configurations.Length)
            Console.WriteLine($"  GLOP skipped: {columns:N0} columns > --glop-max-columns {glopMaxColumns:N0} and no --glop-time-limit");

        var runs = wanted.ToDictionary(c => c, _ => new List<LpRun>());
        for (var r = 0; r < repeat; r++)
        {
            foreach (var configuration in wanted)
            {
                var run = Child(args, configuration);
                runs[configuration].Add(run);
                Console.WriteLine($"  run {r + 1}/{repeat} {configuration}: {run.Summary()}; load {ChildRun.LoadAverage()}");
            }
        }
        Console.WriteLine();
        PrintTable(runs, nnz);
        return 0;
    }

    private static void PrintTable(Dictionary<string, List<LpRun>> runs, long nnz)
    {
        var spmv = runs.TryGetValue("spmv", out var s) ? Stats.Median(s.Select(x => x.NnzPerSecond).ToList()) : double.NaN;
        // The reference objective: GLOP's when it proved optimality, else single-threaded PDLP's.
        var (referenceName, reference) = runs.TryGetValue("glop:1", out var g) && g.All(x => x.Status == "OPTIMAL") ? ("GLOP", g[0].Objective)
            : runs.TryGetValue("pdlp:1", out var p) && p.All(x => x.Status == "OPTIMAL") ? ("PDLP 1 thread", p[0].Objective)
            : ("none", double.NaN);
        Console.WriteLine($"| solver | threads | status | objective | rel. diff to {referenceName} | iterations | time (median) | M nnz/s | M nnz/s per core | of bare SpMV per core | peak working set |");
        Console.WriteLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (configuration, list) in runs)
        {
            var first = list[0];
            var peak = Stats.Median(list.Select(x => (double)x.PeakWorkingSet).ToList()) / 1048576.0;
            var statuses = string.Join("/", list.Select(x => x.Status).Distinct());
            if (configuration == "spmv")
            {
                Console.WriteLine($"| {LpRun.SpmvName} | 1 | - | - | - | - | - | {spmv / 1e6:F0} | {spmv / 1e6:F0} | 100 % | {peak:F0} MiB |");
                continue;
            }
            var seconds = Stats.Median(list.Select(x => x.Seconds).ToList());
            var iterations = Stats.Median(list.Select(x => (double)x.Iterations).ToList());
            var rate = first.Solver == "glop" ? double.NaN : iterations * 2 * nnz / seconds;
            var perCore = rate / first.Threads;
            var diff = Math.Abs(first.Objective - reference) / Math.Max(1, Math.Abs(reference));
            var name = first.Solver switch { "pdhg" => "Councils PdhgSolver", "pdlp" => "OR-Tools PDLP", _ => "OR-Tools GLOP (dual simplex)" };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {first.Threads} | {statuses} | {first.Objective:G10} | {(double.IsNaN(diff) ? "-" : diff.ToString("0.0E+0", CultureInfo.InvariantCulture))} | {iterations:N0} | {seconds:F2} s | {Num(rate / 1e6)} | {Num(perCore / 1e6)} | {(double.IsNaN(perCore) ? "-" : $"{100 * perCore / spmv:F0} %")} | {peak:F0} MiB |"));
        }
    }

    private static string Num(double value) => double.IsNaN(value) ? "-" : value.ToString("F0", CultureInfo.InvariantCulture);

    private static LpRun Child(string[] args, string configuration) => ChildRun.Start("lp", configuration, args, LpRun.Parse);

    private static (string Solver, int Threads) Split(string configuration)
    {
        var parts = configuration.Split(':');
        return (parts[0], parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 1);
    }

    private static TimeSpan? GlopCap(string[] args)
    {
        var text = Stats.Option(args, "glop-time-limit", "");
        return text.Length > 0 ? TimeSpan.FromSeconds(double.Parse(text, CultureInfo.InvariantCulture)) : null;
    }
}
