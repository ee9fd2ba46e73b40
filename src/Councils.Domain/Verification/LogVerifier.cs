using Councils.Domain.Bodies;
using Councils.Domain.Events;
using Councils.Domain.Record;

namespace Councils.Domain.Verification;

/// <summary>
/// Verifies a log the way anyone holding a copy can: every line canonical, every signature good,
/// the hash chain unbroken, every checkpoint's root and signature right, and every event allowed by
/// the body's rules as they stood — which recounts every decision from its ballots.
/// </summary>
/// <remarks>
/// Parsing, hashing, signature checks and decoding are independent per line, so every core takes
/// chunks of lines in turn; the fold is sequential by nature and cheap beside them, so whichever
/// core finishes a chunk also folds every chunk that is ready in order. No thread waits or spins
/// while there is work, which keeps verification close to the raw rate of signature checks.
/// </remarks>
public static class LogVerifier
{
    private const int ChunkSize = 256;

    /// <summary>Verifies an export file held in memory.</summary>
    public static VerificationResult VerifyFile(ReadOnlyMemory<byte> file, int threads) => Verify(ExportFile.Lines(file), threads);

    /// <summary>Verifies the lines of one body's log, in order.</summary>
    public static VerificationResult Verify(IEnumerable<ExportLine> lines, int threads)
    {
        var run = new Run(lines as ExportLine[] ?? [.. lines]);
        var helpers = Enumerable.Range(1, Math.Max(1, threads) - 1)
            .Select(_ => Task.Factory.StartNew(run.Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        run.Work();
        Task.WaitAll(helpers);
        return run.Finish();
    }

    /// <summary>One verification: the lines, each checked line until it is folded, and the fold.</summary>
    private sealed class Run(ExportLine[] lines)
    {
        private readonly Checked?[] _checked = new Checked?[lines.Length];
        private readonly int[] _ready = new int[(lines.Length + ChunkSize - 1) / ChunkSize];
        private readonly Lock _gate = new();
        private readonly Fold _fold = new();
        private int _claimed = -1;
        private int _folded;
        private VerificationFailure? _failure;

        public void Work()
        {
            int chunk;
            while (Volatile.Read(ref _failure) is null && (chunk = Interlocked.Increment(ref _claimed)) < _ready.Length)
            {
                var end = Math.Min(lines.Length, (chunk + 1) * ChunkSize);
                for (var i = chunk * ChunkSize; i < end; i++)
                    _checked[i] = Checked.Of(lines[i]);
                Volatile.Write(ref _ready[chunk], 1);
                Drain();
            }
        }

        public VerificationResult Finish()
        {
            Drain();
            return _fold.Result(_failure);
        }

        /// <summary>Folds every chunk that is ready, in order, unless another thread is folding.</summary>
        private void Drain()
        {
            while (true)
            {
                if (!_gate.TryEnter())
                    return;
                try
                {
                    while (_failure is null && _folded < _ready.Length && Volatile.Read(ref _ready[_folded]) == 1)
                    {
                        var end = Math.Min(lines.Length, (_folded + 1) * ChunkSize);
                        for (var i = _folded * ChunkSize; i < end && _failure is null; i++)
                        {
                            Volatile.Write(ref _failure, _fold.Take(_checked[i]!));
                            _checked[i] = null;
                        }
                        _folded++;
                    }
                }
                finally
                {
                    _gate.Exit();
                }
                // A chunk may have become ready after the last look and before the gate opened.
                if (_failure is not null || _folded >= _ready.Length || Volatile.Read(ref _ready[_folded]) == 0)
                    return;
            }
        }
    }

    /// <summary>A line after the checks that need no other line.</summary>
    private sealed record Checked(ExportLine Line, Entry? Entry, Checkpoint? Checkpoint, string? Rule, string? Message)
    {
        /// <summary>The entry's payload decoded, or the refusal of it: pure, so done here rather than in the fold.</summary>
        public BodyEvent? Event { get; private init; }

        public RuleViolation? Undecodable { get; private init; }

        public static Checked Of(ExportLine line)
        {
            try
            {
                if (line.IsCheckpoint)
                {
                    var checkpoint = Record.Checkpoint.Parse(line.Bytes);
                    return checkpoint.HasValidSignature()
                        ? new Checked(line, null, checkpoint, null, null)
                        : new Checked(line, null, checkpoint, "signature", $"The checkpoint at size {checkpoint.Size} is not signed by {checkpoint.Signer}.");
                }
                var entry = Record.Entry.Parse(line.Bytes);
                _ = entry.LeafHash;
                _ = entry.Hash;
                if (!entry.HasValidSignature())
                    return new Checked(line, entry, null, "signature", $"The signature of event {entry.Seq} does not verify against its author {entry.Author}.");
                try
                {
                    return new Checked(line, entry, null, null, null) { Event = EventCodec.Decode(entry.Kind, entry.PayloadToDecode) };
                }
                catch (RuleViolation v)
                {
                    return new Checked(line, entry, null, null, null) { Undecodable = v };
                }
            }
            catch (FormatException e)
            {
                return new Checked(line, null, null, "entry-format", e.Message);
            }
        }
    }

    /// <summary>The sequential part: chain, tree, checkpoints and the body's rules.</summary>
    private sealed class Fold
    {
        private readonly MerkleTree _tree = new();
        private BodyState? _state;
        private Sha256Hash? _head;
        private string? _body;
        private long _checkpoints;
        private long _decisions;

        public VerificationResult Result(VerificationFailure? failure) => new(_body, _tree.Size, _checkpoints, _decisions, failure);

        public VerificationFailure? Take(Checked line)
        {
            var seq = _tree.Size;
            // The event that fails is the one that should stand here, whatever seq a spoilt line claims.
            if (line.Rule is not null)
                return new VerificationFailure(line.Line.Number, line.Line.IsCheckpoint ? null : seq, line.Rule, line.Message!);
            if (line.Checkpoint is { } checkpoint)
                return Take(line.Line.Number, checkpoint);
            var entry = line.Entry!;
            var where = line.Line.Number;
            _body ??= entry.Body;
            if (entry.Body != _body)
                return new VerificationFailure(where, seq, "chain", $"Event {entry.Seq} belongs to body '{entry.Body}', not '{_body}'.");
            if (entry.Seq != seq)
                return new VerificationFailure(where, seq, "chain", $"Event {seq} is missing: the line holds event {entry.Seq}.");
            if (entry.Prev != _head)
                return new VerificationFailure(where, seq, "chain", $"Event {seq} names {entry.Prev?.ToString() ?? "no"} previous hash, but the previous entry's hash is {_head?.ToString() ?? "none"}.");
            try
            {
                _state ??= BodyState.Empty(BodyId.Parse(entry.Body));
                var recorded = new RecordedEvent(entry.Seq, entry.At, entry.Author, line.Event ?? throw line.Undecodable!);
                _state = _state.Apply(recorded);
                if (recorded.Event is MotionDecided)
                    _decisions++;
            }
            catch (RuleViolation v)
            {
                return new VerificationFailure(where, seq, v.Rule, $"Event {seq} breaks a rule of the body: {v.Message}");
            }
            catch (FormatException e)
            {
                return new VerificationFailure(where, seq, "entry-format", e.Message);
            }
            _tree.Append(entry.LeafHash);
            _head = entry.Hash;
            return null;
        }

        private VerificationFailure? Take(long where, Checkpoint checkpoint)
        {
            if (_body is null || checkpoint.Body != _body)
                return new VerificationFailure(where, null, "checkpoint", $"The checkpoint is for body '{checkpoint.Body}', not this log's.");
            if (checkpoint.Size > _tree.Size || checkpoint.Size < 1)
                return new VerificationFailure(where, null, "checkpoint", $"The checkpoint claims size {checkpoint.Size} but only {_tree.Size} events precede it.");
            var root = _tree.Root(checkpoint.Size);
            if (root != checkpoint.Root)
                return new VerificationFailure(where, null, "checkpoint", $"The checkpoint at size {checkpoint.Size} names root {checkpoint.Root}, but the log's root at that size is {root}.");
            _checkpoints++;
            return null;
        }
    }
}
