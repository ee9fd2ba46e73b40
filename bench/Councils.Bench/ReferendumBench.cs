using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Councils.Api;
using Councils.Domain;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Motions;
using Councils.Domain.Record;
using Councils.Node;
using Councils.Node.Requests;
using Councils.Node.Storage;
using Microsoft.EntityFrameworkCore;
using CastBallot = Councils.Node.Requests.CastBallot;

namespace Councils.Bench;

/// <summary>
/// A referendum in a federation of many cells (issue 4): every member of every cell votes in the
/// federation's log through the HTTP API; then the motion closes and the tally is timed over the
/// folded state. Each part beside a baseline measured in the same run: ballots on an ordinary
/// motion of one cell through the same API, and a plain loop tallying the same (voter → cell,
/// choice) pairs with a dictionary. Target: the tally under 2 s on 2 cores.
/// </summary>
internal static class ReferendumBench
{
    private const string Federation = "bench-federation";
    private const string Works = "bench-works";
    private static readonly string[] Choices = ["abstain", "no", "yes"];
    private static readonly CancellationToken Ct = CancellationToken.None;

    public static async Task<int> RunAsync(string[] args)
    {
        var cells = Int(args, "cells", 1000);
        var members = Int(args, "members", 1000);
        var clients = Int(args, "clients", 64);
        var runs = Int(args, "runs", 5);
        var voters = cells * members;
        var viaApi = Math.Min(Int(args, "api", voters), voters);
        var baselineBallots = Int(args, "baseline", 30000);
        var segments = Int(args, "segments", 10);
        var parallel = Int(args, "setup-parallel", 2);
        var provider = Stats.Option(args, "provider", "sqlite");
        var postgres = Stats.Option(args, "postgres", Environment.GetEnvironmentVariable("COUNCILS_BENCH_POSTGRES") ?? "");
        var folder = Path.Combine(Path.GetTempPath(), $"councils-bench-{Guid.NewGuid():N}");
        var options = provider == "postgres"
            ? new StorageOptions(StorageProvider.Postgres, folder, await BallotBench.FreshDatabaseAsync(postgres, "councils_referendum"))
            : new StorageOptions(StorageProvider.Sqlite, folder);
        Console.WriteLine($"referendum: provider={provider} cells={cells} members={members} clients={clients} api={viaApi} baseline={baselineBallots} segments={segments} runs={runs} folder={folder}");
        Console.WriteLine($"  load average at start: {LoadAverage()}");
        try
        {
            return await RunAsync(options, provider, cells, members, clients, runs, viaApi, baselineBallots, segments, parallel);
        }
        finally
        {
            // The SQLite database of a full run is over a gigabyte: leave nothing behind.
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> RunAsync(StorageOptions options, string provider, int cells, int members, int clients, int runs, int viaApi, int baselineBallots, int segments, int parallel)
    {
        var voters = cells * members;
        var clock = new BenchClock();
        await using var node = await LocalNode.OpenAsync(options, clock, Ct);

        // Setup, not measured: the federation, the cells (each joins by its own carried motion), a delegate, the baseline cell.
        var setup = Stopwatch.StartNew();
        var delegateHandle = await SetUpAsync(node, clock, cells, members, parallel, Math.Max(baselineBallots, 2000));
        Console.WriteLine($"  setup: {setup.Elapsed.TotalSeconds:F1} s; working set {WorkingSet()}");

        // Opening the referendum records every cell's roll: 1,000 events with 1,000 keys each.
        var openWatch = Stopwatch.StartNew();
        var item = await node.OpenMotionAsync(Federation, new OpenMotion(delegateHandle, "Budget of the federation", "The budget for the year.", Matter: "budget"), Ct);
        var openSeconds = openWatch.Elapsed.TotalSeconds;
        Check(item.Item is { Mode: "referendum" } && item.Item.Bodies.Count == cells && item.Item.Bodies.Sum(b => b.Members) == voters,
            $"the item opened with {item.Item?.Bodies.Count} rolls of {item.Item?.Bodies.Sum(b => b.Members)} members");
        Console.WriteLine($"  open (records {cells} rolls, {voters:N0} keys): {openSeconds:F2} s; working set {WorkingSet()}");

        var plain = await node.OpenMotionAsync(Works, new OpenMotion("w0", "Baseline motion"), Ct);
        var warmup = await node.OpenMotionAsync(Works, new OpenMotion("w0", "Warm-up motion"), Ct);
        var port = FreePort();
        await using var app = NodeServer.Build(node, $"http://127.0.0.1:{port}");
        await app.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        // Warm up on a motion of the baseline cell (JIT, connections), not measured.
        await CastAsync(http, Works, warmup.Id, 0, 2000, clients, i => $"w{i}", i => Choices[i % 3], new double[2000]);

        // Interleaved: a segment of the baseline, a segment of the referendum, and so on, so that
        // whatever else the machine does hits both alike.
        var refLatencies = new double[viaApi];
        var baseLatencies = new double[baselineBallots];
        var refSegments = new List<double>();
        var baseSegments = new List<double>();
        double refSeconds = 0, baseSeconds = 0;
        var castWatch = Stopwatch.StartNew();
        for (var s = 0; s < segments; s++)
        {
            var (b0, b1) = (baselineBallots * (long)s / segments, baselineBallots * (long)(s + 1) / segments);
            var t = await CastAsync(http, Works, plain.Id, (int)b0, (int)b1, clients, i => $"w{i}", i => Choices[i % 3], baseLatencies);
            baseSeconds += t;
            baseSegments.Add((b1 - b0) / t);
            var (r0, r1) = (viaApi * (long)s / segments, viaApi * (long)(s + 1) / segments);
            t = await CastAsync(http, Federation, item.Id, (int)r0, (int)r1, clients, i => Handle(i, cells), i => ChoiceOf(i, cells), refLatencies);
            refSeconds += t;
            refSegments.Add((r1 - r0) / t);
            Console.WriteLine($"  segment {s + 1}/{segments}: baseline {baseSegments[^1]:F0}/s, referendum {refSegments[^1]:F0}/s ({r1:N0} cast), load {LoadAverage()}, working set {WorkingSet()}");
        }
        Console.WriteLine($"  API casting took {castWatch.Elapsed.TotalSeconds:F0} s");
        await app.StopAsync();

        // The rest, if any, in-process through the node (same checks, no HTTP).
        if (viaApi < voters)
        {
            var restWatch = Stopwatch.StartNew();
            var next = viaApi - 1;
            await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
            {
                for (var i = Interlocked.Increment(ref next); i < voters; i = Interlocked.Increment(ref next))
                    await node.CastBallotAsync(Federation, item.Id, new CastBallot(Handle(i, cells), new JsonObject { ["choice"] = ChoiceOf(i, cells) }), Ct);
            }));
            Console.WriteLine($"  in-process: {voters - viaApi:N0} ballots in {restWatch.Elapsed.TotalSeconds:F0} s ({(voters - viaApi) / restWatch.Elapsed.TotalSeconds:F0}/s)");
        }
        Console.WriteLine($"  working set after casting: {WorkingSet()}");

        // Close: the decision, its recount by the fold, the projection, and the motion's view (which reads every ballot row).
        var closeWatch = Stopwatch.StartNew();
        var closed = await node.CloseMotionAsync(Federation, item.Id, new CloseMotion(), Ct);
        var closeSeconds = closeWatch.Elapsed.TotalSeconds;
        var viewWatch = Stopwatch.StartNew();
        var view = await node.GetMotionAsync(Federation, item.Id, Ct);
        var viewSeconds = viewWatch.Elapsed.TotalSeconds;
        Console.WriteLine($"  close end to end: {closeSeconds:F2} s (of which reading the motion's view alone, timed again after: {viewSeconds:F2} s); outcome {closed.Decision?.Outcome}");

        // The folded state, as the node or a verifier folds it from the stored log.
        var foldWatch = Stopwatch.StartNew();
        var (state, undecided, decision) = await FoldAsync(options, Federation);
        var foldSeconds = foldWatch.Elapsed.TotalSeconds;
        Check(decision.Event is MotionDecided d && d.Motion.Seq == item.Id, "the last entry of the federation's log is not the item's decision");
        var motion = state.Motions[new MotionId(item.Id)];
        Console.WriteLine($"  fold of the federation's log ({state.Seq + 1:N0} entries) from the database: {foldSeconds:F1} s; working set {WorkingSet()}");

        // The tally's inputs for the baseline: the same million (voter → cell, choice) pairs.
        var agenda = motion.Item!;
        var cellIndex = agenda.Seats.Keys.Select((b, i) => (b, i)).ToDictionary(x => x.b, x => x.i);
        var voterCell = agenda.Voters.ToDictionary(v => v.Key, v => cellIndex[v.Value]);
        var pairs = motion.Ballots.Select(b => (b.Key, Array.IndexOf(Choices, ((Domain.Methods.MajorityBallot)b.Value.Ballot).Choice switch
        {
            Domain.Methods.MajorityChoice.Yes => "yes",
            Domain.Methods.MajorityChoice.No => "no",
            _ => "abstain",
        }))).ToArray();

        var tallies = new List<double>();
        var plainTallies = new List<double>();
        var immutableTallies = new List<double>();
        var decides = new List<double>();
        var checks = new List<double>();
        Domain.Methods.Count? count = null;
        long[]? plainCounts = null;
        for (var r = -1; r < runs; r++)
        {
            var w = Stopwatch.StartNew();
            plainCounts = PlainTally(pairs, voterCell, cellIndex.Count);
            var p = w.Elapsed.TotalMilliseconds;
            w.Restart();
            var immutable = ImmutableTally(motion, agenda, cellIndex);
            var m = w.Elapsed.TotalMilliseconds;
            w.Restart();
            count = motion.Recount();
            var t = w.Elapsed.TotalMilliseconds;
            Check(immutable.Sum() == voters, "the loop over the state's dictionaries");
            // The domain's share of the close, on the state just before it: the node's planning
            // (settled? then the recount into motion.decided) and the fold's check of that event
            // (the same again, compared), without the database and the motion's view.
            w.Restart();
            var planned = undecided.Decide(new MotionId(item.Id), decision.At, decision.Author);
            var dp = w.Elapsed.TotalMilliseconds;
            w.Restart();
            undecided.Apply(decision);
            var dc = w.Elapsed.TotalMilliseconds;
            Check(planned == (MotionDecided)decision.Event, "the planned decision differs from the one in the log");
            if (r >= 0)
            {
                tallies.Add(t);
                plainTallies.Add(p);
                immutableTallies.Add(m);
                decides.Add(dp);
                checks.Add(dc);
            }
            Console.WriteLine($"  tally run {(r < 0 ? "warm-up" : (r + 1).ToString(CultureInfo.InvariantCulture))}: Recount {t:F0} ms, plain loop {p:F0} ms, the plain loop over the state's immutable dictionaries {m:F0} ms; the close's domain work: Decide {dp:F0} ms, the fold's check {dc:F0} ms");
        }

        CheckResult(count!, plainCounts!, agenda, cells, members, voters, closed, view);

        var refRate = viaApi / refSeconds;
        var baseRate = baselineBallots / baseSeconds;
        Console.WriteLine(FormattableString.Invariant(
            $"RESULT referendum provider={provider} cells={cells} members={members} voters={voters} clients={clients} api_ballots={viaApi} ")
            + FormattableString.Invariant($"api_per_s={refRate:F0} api_segment_median_per_s={Stats.Median(refSegments):F0} p50_ms={Stats.Median(refLatencies):F1} p99_ms={Stats.Percentile(refLatencies, 99):F1} ")
            + FormattableString.Invariant($"baseline_ballots={baselineBallots} baseline_per_s={baseRate:F0} baseline_segment_median_per_s={Stats.Median(baseSegments):F0} baseline_p50_ms={Stats.Median(baseLatencies):F1} baseline_p99_ms={Stats.Percentile(baseLatencies, 99):F1} ratio={refRate / baseRate:F2} ")
            + FormattableString.Invariant($"open_s={openSeconds:F2} close_s={closeSeconds:F2} view_s={viewSeconds:F2} fold_s={foldSeconds:F1} ")
            + FormattableString.Invariant($"tally_median_ms={Stats.Median(tallies):F0} tally_min_ms={tallies.Min():F0} tally_max_ms={tallies.Max():F0} plain_median_ms={Stats.Median(plainTallies):F0} plain_min_ms={plainTallies.Min():F0} plain_max_ms={plainTallies.Max():F0} immutable_loop_median_ms={Stats.Median(immutableTallies):F0} decide_median_ms={Stats.Median(decides):F0} fold_check_median_ms={Stats.Median(checks):F0} ")
            + $"load={LoadAverage().Replace(' ', '/')}");
        return 0;
    }

    /// <summary>The cell of voter <paramref name="i"/> is i mod cells, so every segment reaches every cell.</summary>
    private static string Handle(int i, int cells) => $"c{i % cells}-{i / cells}";

    /// <summary>Half yes, three tenths no, a fifth abstain, spread over the cells.</summary>
    private static string ChoiceOf(int i, int cells) => (((i % cells * 3) + (i / cells * 7)) % 10) switch
    {
        < 5 => "yes",
        < 8 => "no",
        _ => "abstain",
    };

    /// <summary>The baseline tally: each voter's cell from a dictionary, one counter per cell and choice.</summary>
    private static long[] PlainTally((PublicKey Voter, int Choice)[] pairs, Dictionary<PublicKey, int> voterCell, int cells)
    {
        var counts = new long[cells * 3];
        foreach (var (voter, choice) in pairs)
            counts[(voterCell[voter] * 3) + choice]++;
        return counts;
    }

    /// <summary>
    /// The plain loop again, but over the folded state's own collections: the motion's ballots and
    /// the item's voters are immutable dictionaries. What this adds to the plain loop is the cost of
    /// the data structures; what <c>Recount</c> adds to this is the method's own.
    /// </summary>
    private static long[] ImmutableTally(Motion motion, Domain.Federations.AgendaItem agenda, Dictionary<BodyId, int> cellIndex)
    {
        var counts = new long[cellIndex.Count * 3];
        foreach (var (voter, cast) in motion.Ballots)
            counts[(cellIndex[agenda.Voters[voter]] * 3) + (int)((Domain.Methods.MajorityBallot)cast.Ballot).Choice]++;
        return counts;
    }

    private static void CheckResult(Domain.Methods.Count count, long[] plain, Domain.Federations.AgendaItem agenda, int cells, int members, int voters,
        Node.Views.MotionView closed, Node.Views.MotionView view)
    {
        var expected = new long[cells * 3];
        var cellOrder = agenda.Seats.Keys.Select((b, i) => (b.ToString(), i)).ToDictionary(x => x.Item1, x => x.i);
        for (var i = 0; i < voters; i++)
            expected[(cellOrder[$"cell-{i % cells}"] * 3) + Array.IndexOf(Choices, ChoiceOf(i, cells))]++;
        Check(plain.SequenceEqual(expected), "the plain tally differs from what was cast");
        var report = count.Report!;
        var bodies = report["bodies"]!.AsArray();
        Check(bodies.Count == cells, $"{bodies.Count} bodies in the report");
        var sums = new long[3];
        foreach (var body in bodies)
        {
            var at = cellOrder[body!["body"]!.GetValue<string>()];
            Check(body["members"]!.GetValue<long>() == members, "a body's members");
            for (var c = 0; c < 3; c++)
            {
                var n = body[Choices[c]]!.GetValue<long>();
                Check(n == expected[(at * 3) + c], $"{body["body"]} {Choices[c]}: {n}, cast {expected[(at * 3) + c]}");
                sums[c] += n;
            }
        }
        var totals = report["totals"]!;
        for (var c = 0; c < 3; c++)
        {
            Check(totals[Choices[c]]!.GetValue<long>() == sums[c], $"total {Choices[c]} is not the sum of the bodies'");
            Check(sums[c] == expected.Where((_, k) => k % 3 == c).Sum(), $"total {Choices[c]} is not what was cast");
        }
        Check(count.Turnout == voters && count.Eligible == voters, $"turnout {count.Turnout} of {count.Eligible}");
        var outcome = sums[2] > sums[1] ? "carried" : "rejected";
        Check(closed.Decision?.Outcome == outcome && view.Decision?.Outcome == outcome, $"the decision is {closed.Decision?.Outcome}, expected {outcome}");
        Check(closed.Decision!.Count["report"]!.ToJsonString() == report.ToJsonString(), "the decision's report differs from the recount");
        Check(view.BallotsCast == voters, $"the view counts {view.BallotsCast} ballots");
        Console.WriteLine($"  checked: {cells} bodies, totals yes {sums[2]:N0}, no {sums[1]:N0}, abstain {sums[0]:N0} = {voters:N0} cast; per-body tallies equal the plain loop's and sum to the totals; {outcome}");
    }

    /// <summary>Creates the federation, the cells (each joining by its own carried motion), a delegate to open the item, and the baseline cell.</summary>
    private static async Task<string> SetUpAsync(LocalNode node, BenchClock clock, int cells, int members, int parallel, int worksMembers)
    {
        var matters = new Matters([new("budget", DecisionMode.Referendum)], Fraction.Half, Fraction.Half);
        await node.CreateBodyAsync(new CreateBody("Bench Federation", "federation", Federation, [], (Charter.For(BodyKind.Federation) with { Matters = matters }).ToJson()), Ct);
        // A cell's charter: no quorum and motions open a minute, so one founder's ballot decides once the clock moves on.
        var charter = (Charter.For(BodyKind.WorkplaceCommittee) with { Quorum = Fraction.Zero, OpenForSeconds = 60 }).ToJson();
        var join = new JsonObject { ["type"] = "federation.join", ["federation"] = Federation, ["competences"] = new JsonArray("budget") };
        var joins = new long[cells];
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(async () =>
        {
            for (var c = Interlocked.Increment(ref next); c < cells; c = Interlocked.Increment(ref next))
            {
                var founders = Enumerable.Range(0, members).Select(m => new NewMember($"Member {m} of cell {c}", $"c{c}-{m}")).ToList();
                await node.CreateBodyAsync(new CreateBody($"Cell {c}", "workplace-committee", $"cell-{c}", founders, charter), Ct);
                var motion = await node.OpenMotionAsync($"cell-{c}", new OpenMotion($"c{c}-0", "Join the federation", "", null, join.DeepClone().AsObject()), Ct);
                await node.CastBallotAsync($"cell-{c}", motion.Id, new CastBallot($"c{c}-0", new JsonObject { ["choice"] = "yes" }), Ct);
                joins[c] = motion.Id;
                if ((c + 1) % 100 == 0)
                    Console.WriteLine($"    {c + 1} cells created in {watch.Elapsed.TotalSeconds:F0} s");
            }
        })));
        var works = Enumerable.Range(0, worksMembers).Select(i => new NewMember($"Worker {i}", $"w{i}")).ToList();
        await node.CreateBodyAsync(new CreateBody("Bench Works", "workplace-committee", Works, works), Ct);
        Console.WriteLine($"    cells and the baseline cell created in {watch.Elapsed.TotalSeconds:F0} s");

        clock.Advance(TimeSpan.FromSeconds(61));
        next = -1;
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(async () =>
        {
            for (var c = Interlocked.Increment(ref next); c < cells; c = Interlocked.Increment(ref next))
            {
                var decided = await node.CloseMotionAsync($"cell-{c}", joins[c], new CloseMotion($"c{c}-0"), Ct);
                Check(decided.Decision?.Outcome == "carried", $"cell-{c}'s join {decided.Decision?.Outcome}");
            }
        })));
        Console.WriteLine($"    joins decided and delivered in {watch.Elapsed.TotalSeconds:F0} s");

        // Cell 0 elects a delegate, who opens the item (a federation acts through its delegates).
        var election = await node.ElectDelegatesAsync("cell-0", new ElectDelegates("c0-0", Federation, ["c0-0", "c0-1"]), Ct);
        var first = await node.GetBodyAsync("cell-0", Ct);
        var keyOf = first.Members.ToDictionary(m => m.Handle!, m => m.Key);
        await node.CastBallotAsync("cell-0", election.Id, new CastBallot("c0-0", new JsonObject { ["ranking"] = new JsonArray(new JsonArray(keyOf["c0-0"]), new JsonArray(keyOf["c0-1"])) }), Ct);
        clock.Advance(TimeSpan.FromSeconds(61));
        var elected = await node.CloseMotionAsync("cell-0", election.Id, new CloseMotion("c0-0"), Ct);
        Check(elected.Decision?.Outcome == "carried", $"the election {elected.Decision?.Outcome}");
        var federation = await node.GetBodyAsync(Federation, Ct);
        Check(federation.MemberBodies.Count == cells, $"{federation.MemberBodies.Count} member bodies");
        Check(federation.MemberBodies.Single(b => b.Body == "cell-0").Seats.Any(s => s.Holder?.Key == keyOf["c0-0"]), "c0-0 is not seated");
        return "c0-0";
    }

    /// <summary>Casts ballots for voters from..to−1 with <paramref name="clients"/> concurrent clients; returns the seconds taken.</summary>
    private static async Task<double> CastAsync(HttpClient http, string body, long motion, int from, int to, int clients,
        Func<int, string> handle, Func<int, string> choice, double[] latencies)
    {
        var next = from - 1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < to; i = Interlocked.Increment(ref next))
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync($"api/bodies/{body}/motions/{motion}/ballots",
                    new { by = handle(i), ballot = new JsonObject { ["choice"] = choice(i) } });
                if (!response.IsSuccessStatusCode)
                    throw new InvalidOperationException($"{body} ballot of {handle(i)}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }));
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>Folds a body's stored log as the node does when it loads it.</summary>
    /// <returns>The state, the state before the last entry, and the last entry as the fold took it.</returns>
    private static async Task<(BodyState State, BodyState Before, RecordedEvent Last)> FoldAsync(StorageOptions options, string body)
    {
        var databases = new CouncilsDbFactory(options);
        await using var db = databases.CreateDbContext();
        var state = BodyState.Empty(BodyId.Parse(body));
        var before = state;
        RecordedEvent? last = null;
        await foreach (var bytes in db.Events.AsNoTracking().Where(e => e.BodyId == body).OrderBy(e => e.Seq).Select(e => e.Bytes).AsAsyncEnumerable())
        {
            var entry = Entry.Parse(bytes);
            last = new RecordedEvent(entry.Seq, entry.At, entry.Author, EventCodec.Decode(entry.Kind, entry.PayloadToDecode));
            before = state;
            state = state.Apply(last);
        }
        return (state, before, last!);
    }

    private static void Check(bool ok, string what)
    {
        if (!ok)
            throw new InvalidOperationException($"Check failed: {what}.");
    }

    private static int Int(string[] args, string name, int fallback) =>
        int.Parse(Stats.Option(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string WorkingSet() => $"{Environment.WorkingSet / (1024.0 * 1024 * 1024):F2} GiB";

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The system clock, moved forward on demand so the cells' one-minute motions close at once.</summary>
    private sealed class BenchClock : TimeProvider
    {
        private long _offsetTicks;

        public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
    }
}
