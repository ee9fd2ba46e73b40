using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Councils.Domain.Json;

namespace Councils.Domain.Methods;

/// <summary>
/// The full count of a motion: how many ballots chose what, how many members could vote and how
/// many had to, the objections that stand under consent, and the outcome; under a method that
/// chooses among options, the winners, the ties and the whole record of the count instead of
/// tallies. A decision carries it, and anyone can recompute it from the ballots in the log.
/// </summary>
/// <remarks>
/// A count cannot be built inconsistent: the turnout is the sum of the tallies (or, with a
/// <see cref="Report"/>, stated) and at most the number of eligible members, and the outcome is
/// <see cref="Outcome.Lapsed"/> exactly when the turnout is below the quorum. Objections are kept
/// in the order of their members' keys, so two counts of the same ballots are equal whatever order
/// the ballots were cast in.
/// </remarks>
public sealed partial record Count
{
    /// <summary>Makes a count.</summary>
    /// <param name="tallies">How many ballots chose each choice, every choice of the method included, zeros too.</param>
    /// <param name="eligible">How many members were eligible on the motion.</param>
    /// <param name="quorumNeeded">How many ballots the quorum required.</param>
    /// <param name="objections">The objections that stand, under consent; empty otherwise.</param>
    /// <param name="outcome">The outcome.</param>
    /// <exception cref="RuleViolation">The parts do not make a consistent count (<c>payload-invalid</c>).</exception>
    public Count(IEnumerable<KeyValuePair<string, long>> tallies, long eligible, long quorumNeeded, IEnumerable<Objection> objections, Outcome outcome)
        : this(tallies, eligible, quorumNeeded, objections, outcome, "")
    {
    }

    private Count(IEnumerable<KeyValuePair<string, long>> tallies, long eligible, long quorumNeeded, IEnumerable<Objection> objections, Outcome outcome, string path)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        ArgumentNullException.ThrowIfNull(objections);
        Tallies = tallies.ToImmutableSortedDictionary(StringComparer.Ordinal);
        Objections = [.. objections.OrderBy(o => o.Member.ToString(), StringComparer.Ordinal)];
        Eligible = eligible;
        QuorumNeeded = quorumNeeded;
        Outcome = outcome;
        if (Tallies.Any(t => t.Key.Length == 0 || t.Value < 0))
            throw Refuse(path, "tallies", "A tally names a choice and counts zero or more ballots.");
        Turnout = Tallies.Values.Aggregate(0L, (sum, n) => checked(sum + n));
        CheckTurnout(path);
        if (Objections.Length > Turnout || Objections.Select(o => o.Member).Distinct().Count() != Objections.Length)
            throw Refuse(path, "objections", "Each objection comes from a different member who cast a ballot.");
    }

    /// <summary>How many ballots chose each choice, in ordinal order of the choices; empty under a method that chooses among options.</summary>
    public ImmutableSortedDictionary<string, long> Tallies { get; }

    /// <summary>How many eligible members cast a ballot, abstentions and stand-asides included.</summary>
    public long Turnout { get; }

    /// <summary>How many members were eligible on the motion: the members when it opened.</summary>
    public long Eligible { get; }

    /// <summary>The fewest ballots that reach the quorum.</summary>
    public long QuorumNeeded { get; }

    /// <summary>The objections that stand (consent only), in order of member key.</summary>
    public ImmutableArray<Objection> Objections { get; }

    /// <summary>The outcome under the motion's method.</summary>
    public Outcome Outcome { get; }

    /// <summary>The tally of one choice; zero when no ballot chose it.</summary>
    public long this[string choice] => Tallies.GetValueOrDefault(choice);

    /// <summary>
    /// Writes the count as the <c>count</c> member of a <c>motion.decided</c> payload:
    /// <c>{"eligible":5,"objections":[…],"quorum":3,"tallies":{…},"turnout":4}</c>, with
    /// <c>"report":{…}</c> besides under a method that chooses among options. The outcome is not
    /// part of it: it travels beside the count, as <c>outcome</c>.
    /// </summary>
    public JsonObject ToJson()
    {
        var tallies = new JsonObject();
        foreach (var (choice, n) in Tallies)
            tallies[choice] = n;
        var objections = new JsonArray();
        foreach (var objection in Objections)
            objections.Add(new JsonObject { ["member"] = objection.Member.ToString(), ["reason"] = objection.Reason });
        var json = new JsonObject
        {
            ["eligible"] = Eligible,
            ["objections"] = objections,
            ["quorum"] = QuorumNeeded,
            ["tallies"] = tallies,
            ["turnout"] = Turnout,
        };
        if (Report is { } report)
            json["report"] = report;
        return json;
    }

    /// <summary>Reads a count written by <see cref="ToJson"/>, with the outcome that travels beside it.</summary>
    /// <param name="json">The count.</param>
    /// <param name="outcome">The outcome written beside it.</param>
    /// <param name="path">Where the count sits, for the <see cref="RuleViolation.Field"/> of refusals.</param>
    /// <exception cref="RuleViolation">The object is not a consistent count (<c>payload-invalid</c>).</exception>
    public static Count FromJson(JsonObject json, Outcome outcome, string path = "count")
    {
        var fields = new JsonFields(json, path, "a count");
        var eligible = fields.Long("eligible", 0);
        var quorum = fields.Long("quorum", 0);
        var turnout = fields.Long("turnout", 0);
        var tallyFields = fields.Fields("tallies", "the tallies");
        var tallies = fields.Object("tallies").Select(t => KeyValuePair.Create(t.Key, tallyFields.Long(t.Key, 0))).ToList();
        tallyFields.End();
        var objections = new List<Objection>();
        var list = fields.Array("objections");
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"{fields.PathOf("objections")}[{i}]";
            var item = new JsonFields(list[i] as JsonObject ?? throw new RuleViolation(Rules.PayloadInvalid, "An objection is an object.", at), at, "an objection");
            objections.Add(new Objection(item.Key("member"), Text.Check(item.String("reason"), Text.MaxLong, item.PathOf("reason"), "The reason of an objection")));
            item.End();
        }
        var report = json.ContainsKey("report") ? fields.Object("report") : null;
        fields.End();
        if (report is not null)
        {
            if (tallies.Count > 0)
                throw fields.Refuse("tallies", "A count with a report keeps its figures in the report; its tallies are empty.");
            if (objections.Count > 0)
                throw fields.Refuse("objections", "Only a consent count has objections.");
            return new Count(turnout, eligible, quorum, report, outcome, path);
        }
        var count = new Count(tallies, eligible, quorum, objections, outcome, path);
        return count.Turnout == turnout
            ? count
            : throw fields.Refuse("turnout", $"The turnout is the sum of the tallies, {count.Turnout}, not {turnout}.");
    }

    /// <inheritdoc />
    public bool Equals(Count? other) =>
        other is not null
        && Outcome == other.Outcome
        && Eligible == other.Eligible
        && QuorumNeeded == other.QuorumNeeded
        && Turnout == other.Turnout
        && Tallies.SequenceEqual(other.Tallies)
        && Objections.SequenceEqual(other.Objections)
        && ReportEquals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Outcome, Eligible, QuorumNeeded, Turnout);

    /// <summary>
    /// The count in one line: "carried: abstain 0, no 1, yes 3; 4 of 5 eligible, quorum 3", or with
    /// a report "carried: winners b; 4 of 5 eligible, quorum 3; report 1a2b3c4d" (the first bytes of
    /// the SHA-256 of the report, so that two counts that differ only in their records read differently).
    /// </summary>
    public override string ToString()
    {
        if (_report is not null)
            return ReportSummary(_report);
        var tallies = string.Join(", ", Tallies.Select(t => $"{t.Key} {t.Value}"));
        var objections = Objections.IsEmpty ? "" : $"; {Objections.Length} objection(s) stand";
        return $"{Spellings.Of(Outcome)}: {tallies}; {Turnout} of {Eligible} eligible, quorum {QuorumNeeded}{objections}";
    }
}
