using System.Numerics;

namespace Councils.Domain.Counting.Stv;

/// <summary>One run of a Meek count: keep factors, votes and the stages they pass through.</summary>
internal sealed class MeekCount
{
    /// <summary>A safety net: no round of a real election comes near it; past it the surplus is taken as stable.</summary>
    private const int MaxIterations = 100_000;

    private readonly Election _election;
    private readonly IReadOnlyList<Candidate> _candidates;
    private readonly int _seats;
    private readonly int _digits;
    private readonly BigInteger _one;
    private readonly BigInteger _omega;
    private readonly StvBallots _ballots;
    private readonly BigInteger[] _keep;
    private readonly BigInteger[] _votes;
    private readonly long[] _wholeVotes;
    private readonly CandidateState[] _state;
    private readonly LotOrder _lot;
    private readonly StageLog _log;
    private readonly List<int> _elected = [];
    private readonly List<IReadOnlyList<string>> _ties = [];
    private BigInteger _excess;
    private BigInteger _quota;
    private BigInteger _surplus;
    private long _valid;
    private bool _lotUsed;

    public MeekCount(Election election, int seats, int digits, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seats, 1);
        _election = election;
        _candidates = election.Candidates;
        _seats = seats;
        _digits = digits;
        _one = BigInteger.Pow(10, digits);
        _omega = BigInteger.Pow(10, digits - digits / 2);
        _ballots = new StvBallots(election);
        var n = _candidates.Count;
        _keep = new BigInteger[n];
        _votes = new BigInteger[n];
        _wholeVotes = new long[n];
        _state = new CandidateState[n];
        for (var c = 0; c < n; c++)
        {
            _state[c] = _candidates[c].IsWithdrawn ? CandidateState.Withdrawn : CandidateState.Hopeful;
            _keep[c] = _candidates[c].IsWithdrawn ? BigInteger.Zero : _one;
        }
        _lot = new LotOrder(seed, n);
        _log = new StageLog(_candidates, digits);
    }

    public CountResult Run(string method)
    {
        Distribute();
        _quota = Sum() / (_seats + 1) + 1;
        _valid = ValidBallots();
        Record(StageAction.FirstCount, -1);
        var first = Hopeful().Where(c => _votes[c] >= _quota).ToList();
        first.Sort((a, b) => _votes[b] != _votes[a] ? _votes[b].CompareTo(_votes[a]) : _lot.PositionOf(a).CompareTo(_lot.PositionOf(b)));
        foreach (var c in first.Take(_seats))
            Elect(c);
        while (!Complete())
        {
            var status = Iterate(out var elected);
            if (elected.Count > 0)
            {
                Record(StageAction.Iteration, -1);
                foreach (var c in elected)
                    Elect(c);
                continue;
            }
            _log.NoteNext($"Iteration stopped: {status}.");
            Exclude(Lowest(status));
        }
        var hopeful = Hopeful();
        if (hopeful.Count > 0 && _elected.Count < _seats)
        {
            hopeful.Sort((a, b) => _votes[b] != _votes[a] ? _votes[b].CompareTo(_votes[a]) : a.CompareTo(b));
            foreach (var c in hopeful)
                Elect(c);
            _log.Note("The continuing candidates are as many as the vacancies and are deemed elected.");
        }
        return Result(method);
    }

    private bool Complete()
    {
        var vacancies = _seats - _elected.Count;
        return vacancies <= 0 || Hopeful().Count <= vacancies;
    }

    /// <summary>
    /// Iterates keep factors until a candidate is elected or the lowest can be excluded. Returns why
    /// it stopped, for the record.
    /// </summary>
    private string Iterate(out List<int> elected)
    {
        var lastSurplus = BigInteger.MinusOne;
        for (var iteration = 1; ; iteration++)
        {
            Distribute();
            var total = Sum();
            _quota = total / (_seats + 1) + 1;
            elected = Hopeful().Where(c => _votes[c] >= _quota).ToList();
            _surplus = BigInteger.Zero;
            foreach (var c in _elected)
            {
                if (_votes[c] > _quota)
                    _surplus += _votes[c] - _quota;
            }
            if (elected.Count > 0)
            {
                elected.Sort((a, b) => _votes[b] != _votes[a] ? _votes[b].CompareTo(_votes[a]) : _lot.PositionOf(a).CompareTo(_lot.PositionOf(b)));
                return "elected";
            }
            if (_surplus < _omega)
                return $"total surplus below 1e-{_digits / 2} after {iteration} iterations";
            if ((lastSurplus >= 0 && _surplus >= lastSurplus) || iteration >= MaxIterations)
                return $"surplus stopped falling after {iteration} iterations";
            if (SureLoser())
                return $"the lowest candidate cannot overtake the next even with the whole surplus, after {iteration} iterations";
            lastSurplus = _surplus;
            foreach (var c in _elected)
            {
                // k := k × quota / votes, rounded up, so an elected candidate never keeps too little.
                var product = _keep[c] * _quota;
                _keep[c] = BigInteger.DivRem(product, _votes[c], out var rest) + (rest.IsZero ? 0 : 1);
            }
        }
    }

    private bool SureLoser()
    {
        var hopeful = Hopeful();
        if (hopeful.Count < 2)
            return false;
        hopeful.Sort((a, b) => _votes[a].CompareTo(_votes[b]));
        return _votes[hopeful[0]] + _surplus < _votes[hopeful[1]];
    }

    /// <summary>
    /// The candidate to exclude: the lowest, where candidates within the surplus of the lowest count as
    /// tied and are separated as in the Scottish rules, by the most recent stage at which they
    /// differed, then by lot.
    /// </summary>
    private int Lowest(string why)
    {
        var hopeful = Hopeful();
        var least = hopeful.Min(c => _votes[c]);
        var tied = hopeful.Where(c => _votes[c] <= least + _surplus).ToList();
        if (tied.Count == 1)
            return tied[0];
        var chosen = LookBack.Choose(tied, _log, fewest: true, _lot, _candidates, out var byLot, out var note);
        if (byLot)
        {
            _lotUsed = true;
            _ties.Add([.. tied.Select(c => _candidates[c].Name)]);
        }
        _log.NoteNext($"{note} (Tied within the surplus; {why}.)");
        return chosen;
    }

    private void Exclude(int c)
    {
        _state[c] = CandidateState.Excluded;
        _keep[c] = BigInteger.Zero;
        Distribute();
        _quota = Sum() / (_seats + 1) + 1;
        Record(StageAction.Exclusion, c);
        _log.Excluded(c);
    }

    private void Elect(int c)
    {
        _state[c] = CandidateState.Elected;
        _elected.Add(c);
        _log.Elected(c);
    }

    /// <summary>
    /// Passes every ballot down its preferences: each candidate keeps keep × weight (rounded up) and
    /// passes the rest on. A ballot meeting a hopeful candidate stops there whole, so most of the work
    /// is a count of whole ballots, done in longs.
    /// </summary>
    private void Distribute()
    {
        Array.Fill(_votes, BigInteger.Zero);
        Array.Fill(_wholeVotes, 0L);
        _excess = BigInteger.Zero;
        var weights = _ballots.Weights;
        var choices = _ballots.Choices;
        var ends = _ballots.Ends;
        var starts = _ballots.Starts;
        for (var b = 0; b < _ballots.Count; b++)
        {
            var m = weights[b];
            BigInteger? w = null; // null: the ballot is still whole
            var i = starts[b];
            for (; i < ends[b]; i++)
            {
                var c = choices[i];
                var state = _state[c];
                if (state is CandidateState.Excluded or CandidateState.Withdrawn)
                    continue;
                if (state == CandidateState.Hopeful)
                    break;
                var weight = w ?? _one;
                var keep = BigInteger.DivRem(weight * _keep[c], _one, out var rest) + (rest.IsZero ? 0 : 1);
                _votes[c] += keep * m;
                w = weight - keep;
                if (w.Value.IsZero)
                    break;
            }
            if (w is { IsZero: true })
                continue;
            if (i < ends[b])
            {
                var c = choices[i];
                if (w is { } part)
                    _votes[c] += part * m;
                else
                    _wholeVotes[c] += m;
            }
            else
            {
                _excess += (w ?? _one) * m;
            }
        }
        for (var c = 0; c < _votes.Length; c++)
            _votes[c] += _wholeVotes[c] * _one;
    }

    private long ValidBallots()
    {
        long valid = 0;
        for (var b = 0; b < _ballots.Count; b++)
        {
            for (var i = _ballots.Starts[b]; i < _ballots.Ends[b]; i++)
            {
                if (!_candidates[_ballots.Choices[i]].IsWithdrawn)
                {
                    valid += _ballots.Weights[b];
                    break;
                }
            }
        }
        return valid;
    }

    private BigInteger Sum()
    {
        var sum = BigInteger.Zero;
        foreach (var v in _votes)
            sum += v;
        return sum;
    }

    private List<int> Hopeful() => Enumerable.Range(0, _state.Length).Where(c => _state[c] == CandidateState.Hopeful).ToList();

    private void Record(StageAction action, int subject) =>
        _log.Add(action, subject, [.. _votes], _excess, BigInteger.Zero, _quota, [.. _keep]);

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
        Quota = new VoteValue(_quota, _digits),
        Stages = _log.ToStages(),
        TieBreak = new TieBreak(_lot.Seed, [.. _lot.Order.Select(c => _candidates[c].Name)], _lotUsed),
    };
}
