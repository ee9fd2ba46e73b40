using System.Numerics;

namespace Councils.Domain.Counting.Stv;

/// <summary>Collects the stages of an STV count while it runs, in integer units, and turns them into records.</summary>
internal sealed class StageLog(IReadOnlyList<Candidate> candidates, int decimals)
{
    private readonly List<Entry> _entries = [];
    private readonly List<string> _pending = [];

    public int Count => _entries.Count;

    /// <summary>Votes of each candidate at the end of each stage so far, for look-back tie-breaking.</summary>
    public BigInteger VotesAt(int stage, int candidate) => _entries[stage].Votes[candidate];

    public void Add(StageAction action, int subject, BigInteger[] votes, BigInteger nonTransferable, BigInteger loss, BigInteger? quota = null, BigInteger[]? keepFactors = null)
    {
        var entry = new Entry(action, subject, votes, nonTransferable, loss, quota, keepFactors);
        entry.Notes.AddRange(_pending);
        _pending.Clear();
        _entries.Add(entry);
    }

    public void Elected(int candidate) => _entries[^1].Elected.Add(candidates[candidate].Name);

    public void Excluded(int candidate) => _entries[^1].Excluded.Add(candidates[candidate].Name);

    /// <summary>Notes a fact on the stage last recorded.</summary>
    public void Note(string note) => _entries[^1].Notes.Add(note);

    /// <summary>Notes a fact on the next stage to be recorded: why that stage does what it does.</summary>
    public void NoteNext(string note) => _pending.Add(note);

    public IReadOnlyList<CountStage> ToStages()
    {
        var stages = new CountStage[_entries.Count];
        for (var s = 0; s < stages.Length; s++)
        {
            var e = _entries[s];
            var total = e.NonTransferable + e.Loss;
            foreach (var v in e.Votes)
                total += v;
            stages[s] = new CountStage
            {
                Number = s + 1,
                Action = e.Action,
                Subject = e.Subject < 0 ? null : candidates[e.Subject].Name,
                Votes = [.. e.Votes.Select(Value)],
                NonTransferable = Value(e.NonTransferable),
                LossToTruncation = Value(e.Loss),
                Total = Value(total),
                Quota = e.Quota is { } q ? Value(q) : null,
                KeepFactors = e.KeepFactors is null ? null : [.. e.KeepFactors.Select(Value)],
                Elected = e.Elected,
                Excluded = e.Excluded,
                Notes = e.Notes,
            };
        }
        return stages;
    }

    private VoteValue Value(BigInteger units) => new(units, decimals);

    private sealed record Entry(StageAction Action, int Subject, BigInteger[] Votes, BigInteger NonTransferable, BigInteger Loss, BigInteger? Quota, BigInteger[]? KeepFactors)
    {
        public List<string> Elected { get; } = [];

        public List<string> Excluded { get; } = [];

        public List<string> Notes { get; } = [];
    }
}
