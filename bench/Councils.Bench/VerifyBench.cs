using System.Diagnostics;
using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Motions;
using Councils.Domain.Record;
using Councils.Domain.Verification;

namespace Councils.Bench;

/// <summary>
/// <c>verify</c> of a log of a million events beside the raw Ed25519 verification rate of the same
/// library on the same machine, all cores (target: at least 85% of the raw rate).
/// </summary>
internal static class VerifyBench
{
    public static int Run(string[] args)
    {
        var events = long.Parse(Stats.Option(args, "events", "1000000"), System.Globalization.CultureInfo.InvariantCulture);
        var runs = int.Parse(Stats.Option(args, "runs", "3"), System.Globalization.CultureInfo.InvariantCulture);
        var threads = Environment.ProcessorCount;
        Console.WriteLine($"Generating a log of {events:N0} events (1,000 members, motions of 1,000 ballots, a checkpoint every 1,000 events)...");
        var watch = Stopwatch.StartNew();
        var (file, entries) = Generate(events);
        Console.WriteLine($"  generated {file.Length / 1e6:F0} MB in {watch.Elapsed.TotalSeconds:F1} s");

        if (args.Contains("--stages"))
            Stages(file, entries);

        var raw = new List<double>();
        var ours = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            // The baseline: the same library verifying the same signatures over the same bytes, on all cores.
            watch.Restart();
            var bad = 0;
            Parallel.For(0, entries.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
            {
                if (!Ed25519.Verify(entries[i].Author, entries[i].EventBytes.Span, entries[i].Signature.Span))
                    Interlocked.Increment(ref bad);
            });
            raw.Add(entries.Count / watch.Elapsed.TotalSeconds);
            if (bad != 0)
                throw new InvalidOperationException("A generated signature failed.");

            watch.Restart();
            var result = LogVerifier.VerifyFile(file, threads);
            ours.Add(entries.Count / watch.Elapsed.TotalSeconds);
            if (!result.Ok || result.Events != events)
                throw new InvalidOperationException($"The generated log did not verify: {result.Failure}");
            Console.WriteLine($"  run {run + 1}: raw Ed25519 {raw[^1]:N0}/s, councils verify {ours[^1]:N0} events/s ({ours[^1] / raw[^1]:P1})");
        }
        var (r, o) = (Stats.Median(raw), Stats.Median(ours));
        var ratio = Stats.Median(ours.Zip(raw, (a, b) => a / b).ToList());
        Console.WriteLine($"RESULT verify events={events} threads={threads} raw_ed25519_per_s={r:F0} verify_events_per_s={o:F0} median_paired_ratio={ratio:F3} (median of {runs} runs, each pairing a raw pass with a verify pass)");
        return 0;
    }

    /// <summary>Single-threaded cost of each part of verification, in microseconds per event: where the time goes.</summary>
    private static void Stages(byte[] file, List<Entry> entries)
    {
        var lines = ExportFile.Lines(file).Where(l => !l.IsCheckpoint).ToList();
        var n = lines.Count;
        double Time(Action body)
        {
            body(); // the first pass pays for the JIT and warms the caches
            GC.Collect();
            var watch = Stopwatch.StartNew();
            body();
            return watch.Elapsed.TotalMicroseconds / n;
        }
        var canonical = Time(() => { for (var i = 0; i < n; i++) _ = CanonicalJson.IsCanonical(lines[i].Bytes.Span); });
        var json = Time(() => { for (var i = 0; i < n; i++) _ = CanonicalJson.Parse(lines[i].Bytes.Span); });
        var entryOnly = Time(() => { for (var i = 0; i < n; i++) _ = Entry.Parse(lines[i].Bytes); });
        Console.WriteLine($"  per event, one thread: canonical check {canonical:F2} µs, JSON tree {json:F2} µs, entry parsed and dropped {entryOnly:F2} µs");
        var parsed = new Entry[n];
        var parse = Time(() => { for (var i = 0; i < n; i++) parsed[i] = Entry.Parse(lines[i].Bytes); });
        var hashes = Time(() => { foreach (var e in parsed) { _ = e.Hash; _ = e.LeafHash; } });
        var events = new BodyEvent[n];
        var decode = Time(() => { for (var i = 0; i < n; i++) events[i] = EventCodec.Decode(parsed[i].Kind, parsed[i].Payload); });
        var fold = Time(() =>
        {
            var state = BodyState.Empty(BodyId.Parse(parsed[0].Body));
            for (var i = 0; i < n; i++)
                state = state.Apply(new RecordedEvent(parsed[i].Seq, parsed[i].At, parsed[i].Author, events[i]));
        });
        var merkle = Time(() =>
        {
            var tree = new MerkleTree();
            foreach (var e in parsed)
                tree.Append(e.LeafHash);
        });
        var verify = Time(() => { foreach (var e in entries) _ = e.HasValidSignature(); });
        Console.WriteLine($"  per event, one thread: parse, all entries kept {parse:F2} µs, hashes {hashes:F2}, decode {decode:F2}, fold {fold:F2}, merkle {merkle:F2}, signature {verify:F2}");
    }

    private static (byte[] File, List<Entry> Entries) Generate(long count)
    {
        const int members = 1000;
        using var node = SigningKey.FromSeed(Seed(0));
        var keys = Enumerable.Range(1, members).Select(i => SigningKey.FromSeed(Seed(i))).ToArray();
        var body = "bench-committee";
        var charter = Charter.For(BodyKind.WorkplaceCommittee);
        var created = new BodyCreated("Bench Committee", BodyKind.WorkplaceCommittee, charter, keys.Select((k, i) => new Founder(k.PublicKey, $"Member {i}")));
        var tree = new MerkleTree();
        var entries = new List<Entry>((int)count);
        using var file = new MemoryStream();
        var at = 1_764_000_000_000L;
        Sha256Hash? prev = null;
        void Append(BodyEvent e, SigningKey author)
        {
            var (kind, payload) = EventCodec.Encode(e);
            var entry = Entry.Create(body, entries.Count, prev, at++, kind, payload, author);
            entries.Add(entry);
            tree.Append(entry.LeafHash);
            prev = entry.Hash;
            ExportFile.WriteLine(file, entry.Bytes.Span);
            if (entries.Count % 1000 == 0 || entries.Count == count)
                ExportFile.WriteLine(file, Checkpoint.Create(body, tree.Size, tree.Root(), at, node).Bytes.Span);
        }

        Append(created, node);
        var motion = 0L;
        var voter = members;
        while (entries.Count < count)
        {
            if (voter == members)
            {
                motion = entries.Count;
                Append(new MotionOpened($"Motion {motion}", "Benchmark motion."), keys[0]);
                voter = 0;
                continue;
            }
            Append(new BallotCast(new MotionId(motion), new JsonObject { ["choice"] = voter % 3 == 0 ? "no" : "yes" }), keys[voter]);
            voter++;
        }
        foreach (var key in keys)
            key.Dispose();
        return (file.ToArray(), entries);
    }

    private static byte[] Seed(int i)
    {
        var seed = new byte[32];
        BitConverter.TryWriteBytes(seed, i + 1);
        return seed;
    }
}
