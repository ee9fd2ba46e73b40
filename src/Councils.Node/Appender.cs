using System.Threading.Channels;
using Councils.Domain;
using Councils.Domain.Bodies;
using Councils.Domain.Record;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node;

/// <summary>
/// The single writer of one body's log on this node. Requests queue here; each turn of the loop
/// takes every queued request (up to a limit), plans and checks each against the state the ones
/// before it left, and writes all their events in one transaction: one durable commit for many
/// ballots. A request is answered only after its events are durable, so an acknowledged act
/// survives a crash; a request the rules refuse is answered with the refusal and writes nothing.
/// </summary>
internal sealed class Appender : IAsyncDisposable
{
    private const int MaxBatch = 512;

    private readonly string _body;
    private readonly NodeStore _store;
    private readonly Channel<Request> _queue = Channel.CreateUnbounded<Request>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;
    private BodyLog? _log;

    public Appender(string body, NodeStore store)
    {
        _body = body;
        _store = store;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Plans, checks and durably appends one request's events; returns them as written.</summary>
    public async Task<IReadOnlyList<Entry>> AppendAsync(Planner planner, CancellationToken ct)
    {
        var request = new Request(planner);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(request), this);
        return await request.Done.Task.WaitAsync(ct);
    }

    /// <summary>The state as of the last write, without waiting for the queue; null until the log is loaded.</summary>
    public BodyState? Peek() => _log?.State;

    /// <summary>Runs a read against the current head, in turn with the writes.</summary>
    public async Task<T> ReadAsync<T>(Func<BodyLog, T> read, CancellationToken ct)
    {
        T result = default!;
        await AppendAsync((_, _) => Plan.None, ct).ConfigureAwait(false);
        var log = _log ?? throw new InvalidOperationException("The log was not loaded.");
        lock (log)
            result = read(log);
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var batch = new List<Request>(MaxBatch);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var request))
                batch.Add(request);
            try
            {
                _log ??= await _store.LoadAsync(_body, CancellationToken.None).ConfigureAwait(false);
                if (!await TryWriteAsync(batch, fresh: false).ConfigureAwait(false))
                {
                    // Another writer (say, the command line on the same data folder) appended first.
                    // Start again from the stored log, one request at a time.
                    foreach (var request in batch)
                    {
                        _log = await _store.LoadAsync(_body, CancellationToken.None).ConfigureAwait(false);
                        if (!await TryWriteAsync([request], fresh: true).ConfigureAwait(false))
                            request.Done.TrySetException(new RuleViolation("log-head-moved", $"Another writer appended to the log of '{_body}' at the same moment; try again."));
                    }
                }
            }
            catch (Exception e)
            {
                _log = null;
                foreach (var request in batch)
                    request.Done.TrySetException(e);
            }
        }
    }

    /// <param name="batch">The requests to plan, check and write together.</param>
    /// <param name="fresh">Whether the log was just loaded, so refusals need not ask whether it is stale.</param>
    /// <returns>
    /// False when nothing was answered: the write collided with another writer's, or it wrote
    /// nothing and another writer has appended since the log was loaded, so its refusals and reads
    /// may be of a stale log.
    /// </returns>
    private async Task<bool> TryWriteAsync(IReadOnlyList<Request> batch, bool fresh)
    {
        var log = _log!;
        var state = log.State;
        var head = log.Head;
        var seq = log.Size;
        var lastAt = log.LastAt;
        var now = _store.Now();
        var accepted = new List<(Request Request, List<Entry> Entries)>(batch.Count);
        var events = new List<RecordedEvent>();
        var refused = new List<(Request Request, Exception Refusal)>();
        var rows = new List<Storage.HeldKeyRow>();
        foreach (var request in batch)
        {
            try
            {
                var plan = request.Planner(state, now);
                var (s, h, q, at) = (state, head, seq, lastAt);
                var entries = new List<Entry>(plan.Drafts.Count);
                var decoded = new List<RecordedEvent>(plan.Drafts.Count);
                foreach (var draft in plan.Drafts)
                {
                    var entry = draft.Place(_body, q, h, Math.Max(now, at));
                    var recorded = Fold.Recorded(entry);
                    s = s.Apply(recorded);
                    entries.Add(entry);
                    decoded.Add(recorded);
                    (h, q, at) = (entry.Hash, q + 1, entry.At);
                }
                (state, head, seq, lastAt) = (s, h, q, at);
                accepted.Add((request, entries));
                events.AddRange(decoded);
                rows.AddRange(plan.Rows);
            }
            catch (Exception e) when (e is RuleViolation or FormatException)
            {
                refused.Add((request, e));
            }
        }

        var written = accepted.SelectMany(a => a.Entries).ToList();
        // A write that lands proves the log was current; a batch that writes nothing proves
        // nothing, and a stale log refuses what the stored one allows (a ballot on a motion
        // another writer opened). Asking costs a query only when nothing is written.
        if (written.Count == 0 && !fresh && await _store.SizeAsync(_body, CancellationToken.None).ConfigureAwait(false) != log.Size)
        {
            _log = null;
            return false;
        }
        if (written.Count > 0)
        {
            lock (log)
                log.Stage(written);
            try
            {
                await _store.WriteAsync(log, state, written, events, rows, CancellationToken.None).ConfigureAwait(false);
            }
            catch (DbUpdateException e) when (Storage.UniqueViolation.IsUniqueViolation(e))
            {
                _log = null;
                return false;
            }
            catch
            {
                _log = null;
                throw;
            }
            lock (log)
                log.Accept(state, written[^1]);
        }
        foreach (var (request, refusal) in refused)
            request.Done.TrySetException(refusal);
        foreach (var (request, entries) in accepted)
            request.Done.TrySetResult(entries);
        return true;
    }

    private sealed record Request(Planner Planner)
    {
        public TaskCompletionSource<IReadOnlyList<Entry>> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
