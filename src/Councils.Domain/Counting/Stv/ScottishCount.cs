using System.Numerics;

namespace Councils.Domain.Counting.Stv;

/// <summary>One run of a Scottish STV count: the state that moves from stage to stage.</summary>
internal sealed class ScottishCount
{
    /// <summary>One vote, in the units of the count (rule 48(3): five decimal places).</summary>
    public const long One = 100_000;

    public const int Decimals = 5;

    private readonly Election _election;
    private readonly IReadOnlyList<Candidate> _candidates;
    private readonly int _seats;
    private readonly StvBallots _ballots;
    private readonly int[] _position;
    private readonly long[] _value;
    private readonly IntList[] _piles;
    private readonly long[] _votes;
    private readonly CandidateState[] _state;
    private readonly LotOrder _lot;
    private readonly StageLog _log;
    private readonly List<int> _elected = [];
    private readonly List<IReadOnlyList<string>> _ties = [];
    private long _nonTransferable;
    private long _loss;
    private long _quota;
    private long _valid;
    private bool _lotUsed;

    public ScottishCount(Election election, int seats, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seats, 1);
        _election = election;
        _candidates = election.Candidates;
        _seats = seats;
        _ballots = new StvBallots(election);
        var n = _candidates.Count;
        _position = new int[_ballots.Count];
        _value = new long[_ballots.Count];
        _piles = new IntList[n];
        _votes = new long[n];
        _state = new CandidateState[n];
        for (var c = 0; c < n; c++)
        {
            _piles[c] = new IntList();
            _state[c] = _candidates[c].IsWithdrawn ? CandidateState.Withdrawn : CandidateState.Hopeful;
        }
        _lot = new LotOrder(seed, n);
        _log = new StageLog(_candidates, Decimals);
    }

    public long Quota => _quota;

    public CountResult Run(string method)
    {
        FirstCount();
        while (true)
        {
            ElectThoseWithQuota();
            var vacancies = _seats - _elected.Count;
            if (vacancies <= 0)
                break;
            var hopeful = Hopeful();
            if (hopeful.Count <= vacancies)
            {
                // Rule 52: as many continuing candidates as vacancies: all are elected, no further transfer.
                hopeful.Sort((a, b) => _votes[b] != _votes[a] ? _votes[b].CompareTo(_votes[a]) : a.CompareTo(b));
                foreach (var c in hopeful)
                    Elect(c);
                if (hopeful.Count > 0)
                    _log.Note("The continuing candidates are as many as the vacancies and are deemed elected (rule 52).");
                break;
            }
            var surplus = HighestSurplus();
            if (surplus >= 0)
                TransferSurplus(surplus);
            else
                Exclude(Lowest(hopeful));
        }
        return Result(method);
    }

    private void FirstCount()
    {
        var weights = _ballots.Weights;
        var choices = _ballots.Choices;
        for (var b = 0; b < _ballots.Count; b++)
        {
            var p = NextContinuing(b, _ballots.Starts[b]);
            if (p < 0)
                continue; // no first preference for a candidate standing: not a valid ballot
            _position[b] = p;
            _value[b] = One;
            _valid += weights[b];
            var c = choices[p];
            _piles[c].Add(b);
            _votes[c] += weights[b] * One;
        }
        _quota = (_valid / (_seats + 1) + 1) * One;
        Record(StageAction.FirstCount, -1);
    }

    private int NextContinuing(int ballot, int from)
    {
        var end = _ballots.Ends[ballot];
        var choices = _ballots.Choices;
        for (var i = from; i < end; i++)
        {
            if (_state[choices[i]] == CandidateState.Hopeful)
                return i;
        }
        return -1;
    }

    private List<int> Hopeful()
    {
        var hopeful = new List<int>();
        for (var c = 0; c < _state.Length; c++)
        {
            if (_state[c] == CandidateState.Hopeful)
                hopeful.Add(c);
        }
        return hopeful;
    }

    private void ElectThoseWithQuota()
    {
        var reached = Hopeful().Where(c => _votes[c] >= _quota).ToList();
        // Rule 49: several at once are taken in order of votes, the largest surplus first.
        while (reached.Count > 0 && _elected.Count < _seats)
        {
            var most = reached.Max(c => _votes[c]);
            var c = Choose(reached.Where(c => _votes[c] == most).ToList(), fewest: false, forNextStage: false);
            reached.Remove(c);
            Elect(c);
        }
    }

    private void Elect(int c)
    {
        _state[c] = CandidateState.Elected;
        _elected.Add(c);
        _log.Elected(c);
    }

    /// <summary>The elected candidate whose surplus is to be transferred next, or -1 when none has one.</summary>
    private int HighestSurplus()
    {
        var withSurplus = _elected.Where(c => _votes[c] > _quota).ToList();
        if (withSurplus.Count == 0)
            return -1;
        var most = withSurplus.Max(c => _votes[c]);
        return Choose(withSurplus.Where(c => _votes[c] == most).ToList(), fewest: false, forNextStage: true);
    }

    private int Lowest(List<int> hopeful)
    {
        var least = hopeful.Min(c => _votes[c]);
        return Choose(hopeful.Where(c => _votes[c] == least).ToList(), fewest: true, forNextStage: true);
    }

    private int Choose(List<int> tied, bool fewest, bool forNextStage)
    {
        var chosen = LookBack.Choose(tied, _log, fewest, _lot, _candidates, out var byLot, out var note);
        if (note is not null && forNextStage)
            _log.NoteNext(note);
        else if (note is not null)
            _log.Note(note);
        if (byLot)
        {
            _lotUsed = true;
            _ties.Add([.. tied.Select(c => _candidates[c].Name)]);
        }
        return chosen;
    }

    private void TransferSurplus(int c)
    {
        var total = _votes[c];
        var surplus = total - _quota;
        var moved = Transfer(c, surplus, total);
        _votes[c] = _quota;
        _loss += surplus - moved;
        Record(StageAction.Surplus, c);
    }

    private void Exclude(int c)
    {
        _state[c] = CandidateState.Excluded;
        Transfer(c, 0, 0);
        _votes[c] = 0;
        Record(StageAction.Exclusion, c);
        _log.Excluded(c);
    }

    /// <summary>
    /// Moves every ballot in the pile of <paramref name="from"/> to its next continuing preference.
    /// With a surplus, each ballot's value becomes floor(surplus × value / total) in units of 0.00001
    /// (rule 48(3)); on exclusion it keeps its value (rule 50(4)). Returns the value moved, including
    /// what became non-transferable.
    /// </summary>
    private long Transfer(int from, long surplus, long total)
    {
        var weights = _ballots.Weights;
        var choices = _ballots.Choices;
        long moved = 0;
        long lastValue = -1, lastNew = 0;
        foreach (var b in _piles[from].Items)
        {
            var value = _value[b];
            if (surplus > 0 || total > 0)
            {
                // Papers in a pile share few values: remember the last one to skip the 128-bit division.
                if (value != lastValue)
                {
                    lastValue = value;
                    lastNew = (long)((Int128)surplus * value / total);
                }
                value = lastNew;
                _value[b] = value;
            }
            var amount = weights[b] * value;
            moved += amount;
            var p = NextContinuing(b, _position[b] + 1);
            if (p < 0)
            {
                _nonTransferable += amount;
                continue;
            }
            _position[b] = p;
            var to = choices[p];
            _piles[to].Add(b);
            _votes[to] += amount;
        }
        _piles[from].Clear();
        return moved;
    }

    private void Record(StageAction action, int subject) =>
        _log.Add(action, subject, [.. _votes.Select(v => (BigInteger)v)], _nonTransferable, _loss);

    private CountResult Result(string method) => new()
    {
        Method = method,
        Title = _election.Title,
        Seats = _seats,
        Candidates = [.. _candidates.Select(c => c.Name)],
        Withdrawn = [.. _candidates.Where(c => c.IsWithdrawn).Select(c => c.Name)],
        Winners = [.. _elected.Select(c => _candidates[c].Name)],
        Ties = _ties,
        ValidBallots = _valid,
        Quota = new VoteValue(_quota, Decimals),
        Stages = _log.ToStages(),
        TieBreak = new TieBreak(_lot.Seed, [.. _lot.Order.Select(c => _candidates[c].Name)], _lotUsed),
    };
}
