namespace Councils.Domain.Counting;

/// <summary>
/// Collects ballots one by one and folds identical ones together, so that a million ballots with a
/// few thousand distinct orders cost a few thousand entries. Adding a ballot allocates nothing once
/// the buffers have grown.
/// </summary>
public sealed class BallotBoxBuilder
{
    private readonly BallotKind _kind;
    private readonly int _candidateCount;
    private readonly int[] _scratchChoices;
    private readonly int[] _scratchMarks;
    private readonly int[] _seen;
    private int _seenStamp;
    private long[] _weights = new long[64];
    private int[] _starts = new int[65];
    private int[] _choices = new int[256];
    private int[] _marks = new int[256];
    private int[] _hashes = new int[64];
    private int[] _table = new int[128];
    private int _count;
    private bool _hasEqualPreferences;

    /// <summary>Starts an empty box for ballots of one kind over <paramref name="candidateCount"/> candidates.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number of candidates is negative.</exception>
    public BallotBoxBuilder(BallotKind kind, int candidateCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(candidateCount);
        _kind = kind;
        _candidateCount = candidateCount;
        _scratchChoices = new int[candidateCount];
        _scratchMarks = new int[candidateCount];
        _seen = new int[candidateCount];
    }

    /// <summary>The number of distinct ballots so far.</summary>
    public int Count => _count;

    /// <summary>Adds a strict ranking: the first candidate is the first preference.</summary>
    /// <exception cref="ArgumentException">A candidate is out of range or named twice, or the box is not for ranked ballots.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is not positive.</exception>
    public void AddRanking(ReadOnlySpan<int> candidatesInOrder, long weight = 1)
    {
        RequireKind(BallotKind.Ranked);
        var n = Fill(candidatesInOrder);
        for (var i = 0; i < n; i++)
            _scratchMarks[i] = i + 1;
        Add(n, weight);
    }

    /// <summary>
    /// Adds a ranking that may hold equal preferences: <paramref name="ranks"/>[i] is the rank of
    /// <paramref name="candidates"/>[i], smaller first; only the order of the ranks matters.
    /// </summary>
    /// <exception cref="ArgumentException">The spans differ in length, a candidate is out of range or named twice, or the box is not for ranked ballots.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is not positive.</exception>
    public void AddRanking(ReadOnlySpan<int> candidates, ReadOnlySpan<int> ranks, long weight = 1)
    {
        RequireKind(BallotKind.Ranked);
        if (candidates.Length != ranks.Length)
            throw new ArgumentException("Each ranked candidate needs exactly one rank.", nameof(ranks));
        var n = Fill(candidates);
        ranks.CopyTo(_scratchMarks);
        // Canonical form: ordered by rank, then by candidate within a rank, ranks renumbered 1, 2, 3...
        // so the same preferences written two ways fold into one ballot.
        _scratchMarks.AsSpan(0, n).Sort(_scratchChoices.AsSpan(0, n));
        SortWithinEqualRanks(n);
        var dense = 0;
        var previous = 0;
        for (var i = 0; i < n; i++)
        {
            if (i == 0 || _scratchMarks[i] != previous)
                dense++;
            else
                _hasEqualPreferences = true;
            previous = _scratchMarks[i];
            _scratchMarks[i] = dense;
        }
        Add(n, weight);
    }

    /// <summary>Adds an approval ballot naming the approved candidates.</summary>
    /// <exception cref="ArgumentException">A candidate is out of range or named twice, or the box is not for approval ballots.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is not positive.</exception>
    public void AddApproval(ReadOnlySpan<int> approved, long weight = 1)
    {
        RequireKind(BallotKind.Approval);
        var n = Fill(approved);
        _scratchChoices.AsSpan(0, n).Sort();
        _scratchMarks.AsSpan(0, n).Fill(1);
        Add(n, weight);
    }

    /// <summary>Adds a score ballot: <paramref name="scores"/>[i] is the score of <paramref name="candidates"/>[i].</summary>
    /// <exception cref="ArgumentException">The spans differ in length, a score is negative, a candidate is out of range or named twice, or the box is not for score ballots.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is not positive.</exception>
    public void AddScores(ReadOnlySpan<int> candidates, ReadOnlySpan<int> scores, long weight = 1)
    {
        RequireKind(BallotKind.Score);
        if (candidates.Length != scores.Length)
            throw new ArgumentException("Each scored candidate needs exactly one score.", nameof(scores));
        var n = Fill(candidates);
        scores.CopyTo(_scratchMarks);
        _scratchChoices.AsSpan(0, n).Sort(_scratchMarks.AsSpan(0, n));
        // A zero score says the same as no score: drop it so equal ballots fold together.
        var kept = 0;
        for (var i = 0; i < n; i++)
        {
            if (_scratchMarks[i] < 0)
                throw new ArgumentException("A score cannot be negative.", nameof(scores));
            if (_scratchMarks[i] == 0)
                continue;
            _scratchChoices[kept] = _scratchChoices[i];
            _scratchMarks[kept++] = _scratchMarks[i];
        }
        Add(kept, weight);
    }

    /// <summary>Freezes the ballots added so far into a box.</summary>
    public BallotBox Build() =>
        new(_kind, _candidateCount, _weights[.._count], _starts[..(_count + 1)], _choices[.._starts[_count]], _marks[.._starts[_count]], _hasEqualPreferences);

    private void RequireKind(BallotKind kind)
    {
        if (_kind != kind)
            throw new ArgumentException($"This box holds {_kind} ballots, not {kind} ballots.");
    }

    private int Fill(ReadOnlySpan<int> candidates)
    {
        if (candidates.Length > _candidateCount)
            throw new ArgumentException("A ballot names more candidates than there are.", nameof(candidates));
        _seenStamp++;
        for (var i = 0; i < candidates.Length; i++)
        {
            var c = candidates[i];
            if ((uint)c >= (uint)_candidateCount)
                throw new ArgumentException($"Candidate {c} does not exist; there are {_candidateCount}.", nameof(candidates));
            if (_seen[c] == _seenStamp)
                throw new ArgumentException($"Candidate {c} is named twice on one ballot.", nameof(candidates));
            _seen[c] = _seenStamp;
            _scratchChoices[i] = c;
        }
        return candidates.Length;
    }

    private void SortWithinEqualRanks(int n)
    {
        var start = 0;
        for (var i = 1; i <= n; i++)
        {
            if (i == n || _scratchMarks[i] != _scratchMarks[start])
            {
                if (i - start > 1)
                    _scratchChoices.AsSpan(start, i - start).Sort();
                start = i;
            }
        }
    }

    private void Add(int n, long weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        var choices = _scratchChoices.AsSpan(0, n);
        var marks = _scratchMarks.AsSpan(0, n);
        var hash = Hash(choices, marks);
        var mask = _table.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _table[slot];
            if (entry == 0)
            {
                _table[slot] = Append(choices, marks, weight, hash) + 1;
                if (_count * 2 > _table.Length)
                    Rehash();
                return;
            }
            var index = entry - 1;
            if (_hashes[index] == hash
                && choices.SequenceEqual(_choices.AsSpan(_starts[index], _starts[index + 1] - _starts[index]))
                && marks.SequenceEqual(_marks.AsSpan(_starts[index], _starts[index + 1] - _starts[index])))
            {
                _weights[index] = checked(_weights[index] + weight);
                return;
            }
        }
    }

    private int Append(ReadOnlySpan<int> choices, ReadOnlySpan<int> marks, long weight, int hash)
    {
        if (_count == _weights.Length)
        {
            Array.Resize(ref _weights, _count * 2);
            Array.Resize(ref _hashes, _count * 2);
            Array.Resize(ref _starts, _count * 2 + 1);
        }
        var start = _starts[_count];
        if (start + choices.Length > _choices.Length)
        {
            var size = Math.Max(_choices.Length * 2, start + choices.Length);
            Array.Resize(ref _choices, size);
            Array.Resize(ref _marks, size);
        }
        choices.CopyTo(_choices.AsSpan(start));
        marks.CopyTo(_marks.AsSpan(start));
        _weights[_count] = weight;
        _hashes[_count] = hash;
        _starts[_count + 1] = start + choices.Length;
        return _count++;
    }

    private void Rehash()
    {
        _table = new int[_table.Length * 2];
        var mask = _table.Length - 1;
        for (var index = 0; index < _count; index++)
        {
            var slot = _hashes[index] & mask;
            while (_table[slot] != 0)
                slot = (slot + 1) & mask;
            _table[slot] = index + 1;
        }
    }

    private static int Hash(ReadOnlySpan<int> choices, ReadOnlySpan<int> marks)
    {
        // FNV-style mixing is enough here: equality is always confirmed by comparing the entries.
        var h = 0x2545F491u ^ (uint)choices.Length;
        for (var i = 0; i < choices.Length; i++)
        {
            h = (h ^ (uint)choices[i]) * 0x9E3779B1u;
            h = (h ^ (uint)marks[i]) * 0x85EBCA77u;
        }
        h ^= h >> 15;
        return (int)(h & 0x7FFFFFFF);
    }
}
