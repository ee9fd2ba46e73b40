using System.Text.Json.Nodes;
using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Methods;

/// <summary>
/// How a motion is decided from its ballots: which ballots the method accepts and how it counts
/// them. The record names a method by its JSON spec, such as <c>{"type":"consent"}</c>.
/// </summary>
/// <remarks>
/// Every method counts quorum first: when fewer eligible members cast a ballot than the quorum
/// requires, the motion lapses whatever the ballots say. A new method is a new sealed subclass and
/// one line in <see cref="FromJson"/>; the fold does not change.
/// </remarks>
public abstract record DecisionMethod
{
    private protected DecisionMethod()
    {
    }

    /// <summary>The method's <c>type</c> in its JSON spec.</summary>
    public abstract string Type { get; }

    /// <summary>Reads and checks a ballot cast under this method.</summary>
    /// <param name="ballot">The <c>ballot</c> member of a <c>ballot.cast</c> payload.</param>
    /// <param name="path">Where the ballot sits, for the <see cref="RuleViolation.Field"/> of refusals.</param>
    /// <exception cref="RuleViolation">The method does not accept the ballot (<c>ballot-invalid</c>).</exception>
    public abstract Ballot ReadBallot(JsonObject ballot, string path = "ballot");

    /// <summary>Counts the ballots cast on a motion.</summary>
    /// <param name="ballots">Each voting member's ballot, all of this method's kind.</param>
    /// <param name="eligible">How many members were eligible on the motion.</param>
    /// <param name="quorum">The fraction of the eligible members who must cast a ballot.</param>
    /// <returns>The count, whose outcome is <see cref="Outcome.Lapsed"/> when the turnout misses the quorum.</returns>
    public Count Count(IReadOnlyDictionary<PublicKey, Ballot> ballots, long eligible, Fraction quorum)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        if (eligible < ballots.Count)
            throw new ArgumentException($"{ballots.Count} ballots cannot come from {eligible} eligible members.", nameof(eligible));
        return Weigh(ballots, eligible, quorum.CeilingOf(eligible));
    }

    /// <summary>
    /// Whether the outcome is settled before every eligible member has voted: the count as it
    /// stands and the count with every remaining member casting any one of the method's extreme
    /// ballots all give the same outcome. The yes-or-no methods are monotone in each kind of
    /// ballot, so those extremes bound every mix the remaining members could cast. A method with no
    /// such extremes (one that chooses among options) is settled only once every eligible member
    /// has voted.
    /// </summary>
    /// <param name="ballots">The ballots cast so far.</param>
    /// <param name="remaining">The eligible members who have not voted.</param>
    /// <param name="eligible">How many members were eligible on the motion.</param>
    /// <param name="quorum">The fraction of the eligible members who must cast a ballot.</param>
    public bool IsSettled(IReadOnlyDictionary<PublicKey, Ballot> ballots, IReadOnlyCollection<PublicKey> remaining, long eligible, Fraction quorum)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(remaining);
        if (remaining.Count == 0)
            return true;
        // Checked before counting: a method without extremes need not count at all to say no.
        if (Extremes is not { } extremes)
            return false;
        var now = Count(ballots, eligible, quorum).Outcome;
        return extremes.All(extreme =>
        {
            var completed = new Dictionary<PublicKey, Ballot>(ballots);
            foreach (var member in remaining)
                completed[member] = extreme;
            return Count(completed, eligible, quorum).Outcome == now;
        });
    }

    /// <summary>
    /// The ballots that push the count furthest each way; see <see cref="IsSettled"/>. Null when no
    /// set of ballots bounds the count, so that only every member's ballot settles it.
    /// </summary>
    private protected abstract IEnumerable<Ballot>? Extremes { get; }

    /// <summary>Writes the method's JSON spec, such as <c>{"type":"majority"}</c>.</summary>
    public abstract JsonObject ToJson();

    /// <summary>
    /// Reads a method's JSON spec: <c>{"type":"majority"}</c>,
    /// <c>{"type":"qualified","num":2,"den":3,"of":"cast"}</c> (or <c>"of":"members"</c>), <c>{"type":"consent"}</c>,
    /// or one that chooses among options: <c>approval</c>, <c>score</c>, <c>schulze</c>, <c>stv</c>,
    /// <c>irv</c> (see <see cref="OptionsMethod"/> and its subclasses, and <c>docs/record.md</c>).
    /// </summary>
    /// <param name="json">The spec.</param>
    /// <param name="path">Where the spec sits, for the <see cref="RuleViolation.Field"/> of refusals.</param>
    /// <exception cref="RuleViolation">The spec names no method or is not valid for it (<c>payload-invalid</c>).</exception>
    public static DecisionMethod FromJson(JsonObject json, string path = "method")
    {
        var fields = new JsonFields(json, path, "a decision method");
        var type = fields.String("type");
        DecisionMethod method = type switch
        {
            SimpleMajority.TypeName => new SimpleMajority(),
            QualifiedMajority.TypeName => QualifiedMajority.Read(fields),
            Consent.TypeName => new Consent(),
            ApprovalVote.TypeName => ApprovalVote.Read(fields),
            ScoreVote.TypeName => ScoreVote.Read(fields),
            SchulzeVote.TypeName => SchulzeVote.Read(fields),
            SingleTransferableVote.TypeName => SingleTransferableVote.Read(fields),
            InstantRunoffVote.TypeName => InstantRunoffVote.Read(fields),
            _ => throw fields.Refuse("type",
                $"'{type}' is not a decision method: the methods are 'majority', 'qualified', 'consent', 'approval', 'score', 'schulze', 'stv' and 'irv'."),
        };
        fields.End();
        return method;
    }

    /// <summary>Counts the ballots, given the fewest that reach the quorum.</summary>
    private protected abstract Count Weigh(IReadOnlyDictionary<PublicKey, Ballot> ballots, long eligible, long quorumNeeded);

    /// <summary>
    /// Quorum first: a count of <paramref name="turnout"/> ballots lapses below the quorum
    /// (turnout × den &lt; num × eligible, exactly, is the same as turnout &lt; needed), whatever
    /// the ballots say; otherwise it is carried or rejected as the method found.
    /// </summary>
    private protected static Outcome OutcomeOf(long turnout, long quorumNeeded, bool carried) =>
        turnout < quorumNeeded ? Outcome.Lapsed : carried ? Outcome.Carried : Outcome.Rejected;

    /// <summary>The ballots as this method's kind of ballot.</summary>
    private protected IEnumerable<(PublicKey Member, T Ballot)> BallotsOf<T>(IReadOnlyDictionary<PublicKey, Ballot> ballots)
        where T : Ballot =>
        ballots.Select(b => (b.Key, b.Value as T
            ?? throw new ArgumentException($"A {b.Value.GetType().Name} cannot be counted under {this}.", nameof(ballots))));
}
