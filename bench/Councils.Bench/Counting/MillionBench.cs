using System.Diagnostics;
using Councils.Domain.Counting;
using Councils.Domain.Counting.Schulze;
using Councils.Domain.Counting.Stv;

namespace Councils.Bench.Counting;

/// <summary>
/// A generated election of a million ballots counted by Scottish STV and by Schulze, each pass
/// timed as building the election (folding identical ballots) then counting it, beside the plain
/// baseline doing the same from the same ballots in the same run. Pass 0 warms up and is dropped.
/// </summary>
internal static class MillionBench
{
    public static bool Stv(SpatialElection generated, int seats, int runs)
    {
        var (build, count, total) = (new List<double>(), new List<double>(), new List<double>());
        var (plainBuild, plainCount, plainTotal) = (new List<double>(), new List<double>(), new List<double>());
        var same = true;
        var distinct = 0;
        for (var run = 0; run <= runs; run++)
        {
            Measure.Settle();
            var start = Stopwatch.GetTimestamp();
            var election = Build(generated, seats);
            var built = Measure.Since(start);
            var result = new ScottishStv().Count(election, CountOptions.Default);
            var whole = Measure.Since(start);
            distinct = election.Ballots.Count;

            Measure.Settle();
            start = Stopwatch.GetTimestamp();
            var plain = PlainElection.FromGenerated(generated, seats);
            var plainBuilt = Measure.Since(start);
            var winners = PlainScottishStv.Count(plain, out var usedLot);
            var plainWhole = Measure.Since(start);

            same &= !usedLot && result.Winners.SequenceEqual(winners);
            if (run == 0)
            {
                Console.WriteLine($"  scottish-stv: {generated.Count:N0} ballots, {distinct:N0} distinct, {result.Stages.Count} stages; elected {string.Join(", ", result.Winners)}; plain count elected {string.Join(", ", winners)}{(usedLot ? " (plain count needed the lot)" : "")}");
                continue;
            }
            build.Add(built);
            count.Add(whole - built);
            total.Add(whole);
            plainBuild.Add(plainBuilt);
            plainCount.Add(plainWhole - plainBuilt);
            plainTotal.Add(plainWhole);
            Console.WriteLine($"  run {run}: build {built:F1} ms, count {whole - built:F1} ms | plain: build {plainBuilt:F1} ms, count {plainWhole - plainBuilt:F1} ms");
        }
        var shape = $"ballots={generated.Count} distinct={distinct} candidates={generated.Candidates} seats={seats} seed={generated.Seed}";
        Measure.Result("stv-1m-build", build, plainBuild, shape);
        Measure.Result("stv-1m-count", count, plainCount, $"{shape} {Measure.Target(count, 500)} same_winners={(same ? "yes" : "no")}");
        Measure.Result("stv-1m-end-to-end", total, plainTotal, $"{shape} {Measure.Target(total, 500)}");
        return same;
    }

    public static bool Schulze(SpatialElection generated, int runs)
    {
        var (build, count, total) = (new List<double>(), new List<double>(), new List<double>());
        var (plainBuild, plainCount, plainTotal) = (new List<double>(), new List<double>(), new List<double>());
        var same = true;
        var distinct = 0;
        for (var run = 0; run <= runs; run++)
        {
            Measure.Settle();
            var start = Stopwatch.GetTimestamp();
            var election = Build(generated, 1);
            var built = Measure.Since(start);
            var result = new SchulzeMethod().Count(election, CountOptions.Default);
            var whole = Measure.Since(start);
            distinct = election.Ballots.Count;

            Measure.Settle();
            start = Stopwatch.GetTimestamp();
            var plain = PlainElection.FromGenerated(generated, 1);
            var plainBuilt = Measure.Since(start);
            var (pairwise, winners) = PlainSchulze.Count(plain);
            var plainWhole = Measure.Since(start);

            var matrix = result.Matrices!.Pairwise;
            var sameMatrix = Enumerable.Range(0, generated.Candidates).All(x => Enumerable.Range(0, generated.Candidates).All(y => matrix[x][y] == pairwise[x, y]));
            var plainWinners = winners.Select(w => plain.Names[w]).ToList();
            same &= sameMatrix && result.Ranking[0].Order().SequenceEqual(plainWinners.Order());
            if (run == 0)
            {
                Console.WriteLine($"  schulze: {distinct:N0} distinct ballots; winner {string.Join(", ", result.Ranking[0])}; plain count: {string.Join(", ", plainWinners)}; pairwise matrices equal: {sameMatrix}");
                continue;
            }
            build.Add(built);
            count.Add(whole - built);
            total.Add(whole);
            plainBuild.Add(plainBuilt);
            plainCount.Add(plainWhole - plainBuilt);
            plainTotal.Add(plainWhole);
            Console.WriteLine($"  run {run}: build {built:F1} ms, count {whole - built:F1} ms | plain: build {plainBuilt:F1} ms, count {plainWhole - plainBuilt:F1} ms");
        }
        var shape = $"ballots={generated.Count} distinct={distinct} options={generated.Candidates} seed={generated.Seed}";
        Measure.Result("schulze-1m-build", build, plainBuild, shape);
        Measure.Result("schulze-1m-count", count, plainCount, $"{shape} {Measure.Target(count, 500)} same_winners={(same ? "yes" : "no")}");
        Measure.Result("schulze-1m-end-to-end", total, plainTotal, $"{shape} {Measure.Target(total, 500)}");
        return same;
    }

    /// <summary>What a count of a million ballots starts with: each ballot added to the builder, identical ones folded.</summary>
    private static Election Build(SpatialElection generated, int seats)
    {
        var builder = new BallotBoxBuilder(BallotKind.Ranked, generated.Candidates);
        for (var i = 0; i < generated.Count; i++)
            builder.AddRanking(generated.Ballot(i));
        var candidates = Enumerable.Range(1, generated.Candidates).Select(c => new Candidate($"Candidate {c}")).ToList();
        return new Election($"Generated, seed {generated.Seed}", candidates, seats, builder.Build());
    }
}
