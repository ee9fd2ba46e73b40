using System.Diagnostics;
using System.Globalization;
using Councils.Bench.Counting;
using Councils.Domain.Counting;
using Councils.Domain.Counting.Formats;
using Councils.Domain.Counting.Stv;

namespace Councils.Bench;

/// <summary>
/// Counting (issue 3): Scottish STV and Schulze over a million generated ballots (target under
/// 0.5 s each) and a Glasgow ward file including parsing (target under 10 ms warm; the cold first
/// run is reported too), every figure beside the plain baseline (<see cref="PlainScottishStv"/>,
/// <see cref="PlainSchulze"/>) measured in the same run. Exits 1 if a baseline elects differently.
/// </summary>
internal static class CountBench
{
    public static int Run(string[] args)
    {
        if (args is ["--cold", var which, var file])
            return ColdChild(which, file);
        var seed = ulong.Parse(Stats.Option(args, "seed", "20261127"), CultureInfo.InvariantCulture);
        var ballots = int.Parse(Stats.Option(args, "ballots", "1000000"), CultureInfo.InvariantCulture);
        var runs = int.Parse(Stats.Option(args, "runs", "5"), CultureInfo.InvariantCulture);
        var wardRuns = int.Parse(Stats.Option(args, "ward-runs", "50"), CultureInfo.InvariantCulture);
        var refcases = Stats.Option(args, "refcases", Environment.GetEnvironmentVariable("COUNCILS_REFCASES") ?? LocateRefcases());
        var ward = Path.Combine(refcases, "stv", "scottish", Stats.Option(args, "ward", "Partick-West-2007.blt"));
        Console.WriteLine($"machine: {Environment.ProcessorCount} processors, load average {Measure.LoadAverage()} at start");

        var ok = GlasgowCold(ward, runs);
        ok &= GlasgowChecks(Path.Combine(refcases, "stv", "scottish"));
        ok &= GlasgowWarm(ward, wardRuns);

        var watch = Stopwatch.StartNew();
        var generated = SpatialElection.Generate(seed, ballots, 20);
        Console.WriteLine($"generated {generated.Count:N0} ballots over 20 candidates from seed {seed} in {watch.Elapsed.TotalSeconds:F1} s ({generated.Choices.Length:N0} preferences)");
        ok &= MillionBench.Stv(generated, 5, runs);
        ok &= MillionBench.Schulze(generated, runs);
        Console.WriteLine($"machine: load average {Measure.LoadAverage()} at end");
        if (!ok)
            Console.WriteLine("FAILED: a baseline elected differently (see above)");
        return ok ? 0 : 1;
    }

    /// <summary>Parsing and counting one ward, warm: after three seconds of warm-up, so tiered compilation has settled.</summary>
    private static bool GlasgowWarm(string ward, int runs)
    {
        var (parse, count, total) = (new List<double>(), new List<double>(), new List<double>());
        var (plainParse, plainCount, plainTotal) = (new List<double>(), new List<double>(), new List<double>());
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < 3)
        {
            new ScottishStv().Count(BallotFile.Read(ward), CountOptions.Default);
            PlainScottishStv.Count(PlainElection.ReadBlt(ward), out _);
        }
        for (var i = 0; i < runs; i++)
        {
            Measure.Settle();
            var start = Stopwatch.GetTimestamp();
            var election = BallotFile.Read(ward);
            var parsed = Measure.Since(start);
            new ScottishStv().Count(election, CountOptions.Default);
            var whole = Measure.Since(start);
            parse.Add(parsed);
            count.Add(whole - parsed);
            total.Add(whole);

            Measure.Settle();
            start = Stopwatch.GetTimestamp();
            var plain = PlainElection.ReadBlt(ward);
            parsed = Measure.Since(start);
            PlainScottishStv.Count(plain, out _);
            whole = Measure.Since(start);
            plainParse.Add(parsed);
            plainCount.Add(whole - parsed);
            plainTotal.Add(whole);
        }
        var name = $"file={Path.GetFileName(ward)}";
        Measure.Result("ward-parse-warm", parse, plainParse, name);
        Measure.Result("ward-count-warm", count, plainCount, name);
        Measure.Result("ward-end-to-end-warm", total, plainTotal, $"{name} {Measure.Target(total, 10)}");
        return true;
    }

    /// <summary>The first parse and count in a fresh process, JIT included: each run is its own child process.</summary>
    private static bool GlasgowCold(string ward, int runs)
    {
        var (ours, plain) = (new List<double>(), new List<double>());
        for (var run = 0; run < runs; run++)
        {
            ours.Add(Child("councils", ward));
            plain.Add(Child("plain", ward));
        }
        Measure.Result("ward-end-to-end-cold", ours, plain, $"file={Path.GetFileName(ward)} (first parse and count in a fresh process; the runtime's own start not included)");
        return true;
    }

    private static double Child(string which, string ward)
    {
        var exe = Environment.ProcessPath!;
        var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(exe) == "dotnet")
            info.ArgumentList.Add(typeof(CountBench).Assembly.Location);
        foreach (var a in new[] { "count", "--cold", which, ward })
            info.ArgumentList.Add(a);
        using var child = Process.Start(info)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return child.ExitCode == 0
            ? double.Parse(output.Trim(), CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"The cold-run child ({which}) exited {child.ExitCode}: {output}");
    }

    private static int ColdChild(string which, string ward)
    {
        var start = Stopwatch.GetTimestamp();
        if (which == "plain")
            PlainScottishStv.Count(PlainElection.ReadBlt(ward), out _);
        else
            new ScottishStv().Count(BallotFile.Read(ward), CountOptions.Default);
        Console.WriteLine(Measure.Since(start).ToString("F3", CultureInfo.InvariantCulture));
        return 0;
    }

    /// <summary>Both counts must elect the published winners of the six public wards, or the figures compare nothing.</summary>
    private static bool GlasgowChecks(string folder)
    {
        var ok = true;
        foreach (var line in File.ReadLines(Path.Combine(folder, "expected_results.csv")).Skip(1))
        {
            var fields = CsvFields(line);
            var expected = fields[6].Split("; ").Order(StringComparer.Ordinal).ToList();
            var path = Path.Combine(folder, fields[0]);
            var ours = new ScottishStv().Count(BallotFile.Read(path), CountOptions.Default).Winners.Select(w => w.Trim()).Order(StringComparer.Ordinal);
            var plain = PlainScottishStv.Count(PlainElection.ReadBlt(path), out _).Select(w => w.Trim()).Order(StringComparer.Ordinal);
            var same = ours.SequenceEqual(expected) && plain.SequenceEqual(expected);
            ok &= same;
            Console.WriteLine($"  check {fields[0]}: councils and plain count elect the published winners: {(same ? "yes" : "NO")}");
        }
        return ok;
    }

    private static List<string> CsvFields(string line)
    {
        var fields = new List<string>();
        var i = 0;
        while (i <= line.Length)
        {
            int end;
            if (i < line.Length && line[i] == '"')
            {
                end = line.IndexOf('"', i + 1);
                fields.Add(line[(i + 1)..end]);
                end++;
            }
            else
            {
                end = line.IndexOf(',', i);
                end = end < 0 ? line.Length : end;
                fields.Add(line[i..end]);
            }
            i = end + 1;
        }
        return fields;
    }

    /// <summary>shared/refcases beside the repository: above the folder holding Councils.slnx (a worktree sits deeper than a clone).</summary>
    private static string LocateRefcases()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Councils.slnx")))
            dir = dir.Parent;
        for (var above = dir?.Parent; above is not null; above = above.Parent)
        {
            var candidate = Path.Combine(above.FullName, "shared", "refcases");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new InvalidOperationException("shared/refcases not found above the repository; pass --refcases DIR or set COUNCILS_REFCASES.");
    }
}
