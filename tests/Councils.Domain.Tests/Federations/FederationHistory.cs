using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Federations;
using Councils.Domain.Record;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Federations;

/// <summary>
/// A random history of Petrograd and three cells, made from a seed: every step tries an act
/// whether or not it is allowed, through the real fold, and the <see cref="FederationModel"/>
/// must agree on whether it is accepted and, if not, under which rule. After each step the
/// federation's invariants are checked and its state compared with the model's.
/// </summary>
internal sealed partial class FederationHistory
{
    private const string Fed = Petrograd.Federation;
    private const long Hour = 3600 * Log.Second;
    private const long Day = 24 * Hour;
    private static readonly string[] AllMatters = ["budget", "energy", "housing", "statutes", "transport"];
    private static readonly string[] Cells = ["cell-a", "cell-b", "cell-c"];
    private static readonly string[] ChoiceNames = ["yes", "no", "abstain"];

    private readonly Random _random;
    private readonly int _seed;
    private readonly FederationWorld _world = new();
    private readonly FederationModel _model;
    private readonly List<string> _trace = [];
    private int _step;
    private int _prologue = -1;

    private FederationHistory(int seed)
    {
        _seed = seed;
        _random = new Random(seed);
        var modes = AllMatters.Where(_ => _random.NextDouble() < 0.8)
            .ToDictionary(m => m, _ => (DecisionMode)_random.Next(3), StringComparer.Ordinal);
        var quorum = Pick([Fraction.Zero, Fraction.Of(1, 3), Fraction.Of(1, 2)]);
        var charter = Charter.For(BodyKind.Federation) with
        {
            Quorum = quorum,
            OpenForSeconds = 2 * 24 * 3600,
            Matters = new Matters(modes, Fraction.Half, Fraction.Half),
        };
        _world.Federation(Fed, charter, Petrograd.Node);
        _model = new FederationModel { Matters = modes, Quorum = quorum, OpenMs = 2 * Day };
        foreach (var id in Cells)
        {
            var members = Enumerable.Range(1, 10).OrderBy(_ => _random.Next()).Take(_random.Next(3, 7)).Select(i => People.Key((byte)i)).ToHashSet();
            var cell = new FederationModel.Cell(id, members, _random.Next(1, 4), Pick([1, 3, 10]) * Day, _random.Next(1, 4), _random.Next(1, 4));
            var delegation = new Delegation(cell.SeatsRule, cell.TermMs / Log.Second, cell.ConsecutiveTerms, 2, cell.RecallSupport);
            _world.Cell(id, Charter.For(BodyKind.WorkplaceCommittee) with { Delegation = delegation, OpenForSeconds = 3600 }, [.. members]);
            _model.Cells[id] = cell;
        }
    }

    /// <summary>How often each act ended each way, as "act: accepted" or "act: rule".</summary>
    public Dictionary<string, int> Outcomes { get; } = new(StringComparer.Ordinal);

    public static FederationHistory Run(int seed, int steps)
    {
        var history = new FederationHistory(seed);
        for (history._step = 0; history._step < steps; history._step++)
        {
            history.Step();
            history.CheckInvariants();
        }
        return history;
    }

    private void Step()
    {
        // Most histories begin by federating: the cells join and elect, as far as the rules let them.
        if (_step < 2 * Cells.Length && _random.NextDouble() < 0.8)
        {
            _prologue = (_prologue + 1) % Cells.Length;
            if (_step < Cells.Length)
                Join(_model.Cells[Cells[_prologue]]);
            else
                Elect(_model.Cells[Cells[_prologue]]);
            return;
        }
        var roll = _random.Next(100);
        Action act = roll switch
        {
            < 7 => Join,
            < 9 => Withdraw,
            < 18 => Elect,
            < 23 => Petition,
            < 28 => RecallDelegate,
            < 37 => OpenItem,
            < 40 => Amend,
            < 49 => SetMandate,
            < 67 => DelegateBallot,
            < 75 => ReferendumBallot,
            < 81 => Answer,
            < 87 => DecideItem,
            < 92 => PassTime,
            _ => Stray,
        };
        act();
    }

    private void PassTime()
    {
        var by = (long)(_random.NextDouble() * 2 * Day) + Hour;
        _trace.Add($"{_step}: {by / Hour} hours pass");
        _world.Pass(by);
    }

    /// <summary>Tries the act; the fold and the model must agree. Returns whether the fold accepted it.</summary>
    private bool Agree(string act, string? expected, Action perform)
    {
        string? actual = null;
        string? message = null;
        try
        {
            perform();
        }
        catch (RuleViolation violation)
        {
            (actual, message) = (violation.Rule, violation.Message);
        }
        Tally(act, actual);
        _trace.Add($"{_step}: {act} -> {actual ?? "accepted"}");
        if (expected != actual)
        {
            var verdict = actual is null ? "the fold LET THROUGH an act the model forbids" : "the fold refused an act";
            Assert.Fail($"Seed {_seed}, step {_step}: {act}: {verdict}; model: {expected ?? "allowed"}, fold: {actual ?? "accepted"} {message}\n{string.Join("\n", _trace.TakeLast(40))}");
        }
        return actual is null;
    }

    private void Same<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
            Assert.Fail($"Seed {_seed}, step {_step}: {what}: model {expected}, fold {actual}\n{string.Join("\n", _trace.TakeLast(40))}");
    }

    private void Tally(string act, string? rule)
    {
        var key = $"{act.Split(' ')[0]}: {rule ?? "accepted"}";
        Outcomes[key] = Outcomes.GetValueOrDefault(key) + 1;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Name(PublicKey key) => People.NameOf(key);

    private static string Keys(IEnumerable<PublicKey?> keys) => string.Join(",", keys.Select(k => k is { } key ? Name(key) : "-"));

    private void CheckInvariants()
    {
        var federation = _world[Fed];
        var holders = federation.MemberBodies.Values.SelectMany(b => b.Seats.OfType<Person>().Select(p => p.Member)).ToList();
        Same(holders.Count, holders.Distinct().Count(), "people holding more than one seat in the federation (seats held)");
        Same(true, holders.ToHashSet().SetEquals(federation.Delegates.Keys), "the seat holders are the seated delegates");
        foreach (var (person, seat) in federation.Delegates)
        {
            Same(true, federation.MemberBodies.ContainsKey(seat.Seat.Body), $"{Name(person)}'s body {seat.Seat.Body} is a member body");
            Same(person, federation.MemberBodies[seat.Seat.Body].Seats[seat.Seat.Index]?.Member, $"{Name(person)} holds their seat");
        }
        Same(false, federation.RecalledDelegates.Keys.Any(federation.Delegates.ContainsKey), "a recalled delegate is seated");
        Same(Sorted(_model.MemberBodies.Keys), Sorted(federation.MemberBodies.Keys.Select(b => b.ToString())), "member bodies");
        Same(Sorted(_model.Delegates.Select(d => $"{Name(d.Key)}@{d.Value.Body}#{d.Value.Index}")),
            Sorted(federation.Delegates.Select(d => $"{Name(d.Key)}@{d.Value.Seat.Body}#{d.Value.Seat.Index}")), "seated delegates");
        Same(Sorted(_model.Recalled.Select(r => $"{Name(r.Key)}@{r.Value}")),
            Sorted(federation.RecalledDelegates.Select(r => $"{Name(r.Key)}@{r.Value}")), "recalled delegates");
        foreach (var (id, item) in _model.Items)
        {
            var actual = federation.Motions[new Motions.MotionId(id)];
            Same($"{item.Revision}/{item.SeatVotes.Count + item.Ballots.Count}/{item.Answers.Count}/{Sorted(item.Mandates.Keys)}/{item.Decided}",
                $"{actual.Item!.Revision}/{actual.Ballots.Count}/{actual.Item.Answers.Count}/{Sorted(actual.Item.Mandates.Keys.Select(k => k.ToString()))}/{actual.Decision is not null}",
                $"item {id}: revision/ballots/answers/mandates/decided");
        }
        foreach (var cell in _model.Cells.Values)
        {
            var affiliation = _world[cell.Id].Affiliations.GetValueOrDefault(Petrograd.FederationId);
            Same(cell.Affiliated, affiliation is not null, $"{cell.Id} belongs to the federation");
            if (affiliation is null)
                continue;
            Same(Keys(cell.Seats), Keys(affiliation.Seats.Select(s => s.Holder)), $"{cell.Id}'s seats");
            Same(Keys(cell.Substitutes.Select(s => (PublicKey?)s)), Keys(affiliation.Substitutes.Select(s => (PublicKey?)s)), $"{cell.Id}'s substitutes");
            Same(Sorted(cell.Terms.Select(t => $"{Name(t.Key)}:{t.Value}")), Sorted(affiliation.ConsecutiveTerms.Select(t => $"{Name(t.Key)}:{t.Value}")), $"{cell.Id}'s terms");
        }
    }

    private static string Sorted(IEnumerable<string> items) => string.Join(",", items.Order(StringComparer.Ordinal));
}
