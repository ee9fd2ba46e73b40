using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Json;
using Councils.Domain.Methods;

namespace Councils.Domain.Charters;

/// <summary>
/// A body's rules, as data the body owns: how members are admitted, how motions are decided, the
/// quorum, how the charter itself is amended and how long motions stay open. A body changes its
/// charter only by a carried motion whose effect is <c>charter.amend</c>; there is no
/// other way, and the body's state numbers each version it adopts.
/// </summary>
/// <remarks>
/// A charter cannot be built invalid: every property checks its value, in the constructor and in
/// <c>with</c> expressions alike. Its JSON names each rule by a fixed key and refuses any other key,
/// so a charter never carries a rule this version of Councils does not enforce.
/// </remarks>
public sealed record Charter
{
    /// <summary>The longest a motion may stay open: 366 days.</summary>
    public const long MaxOpenForSeconds = 366L * 24 * 60 * 60;

    /// <summary>Makes a charter.</summary>
    /// <param name="admission">How a person becomes a member.</param>
    /// <param name="method">The decision method of a motion that names none.</param>
    /// <param name="quorum">The fraction of the eligible members who must cast a ballot; abstentions count toward it.</param>
    /// <param name="amendmentMethod">The method of every motion that amends the charter, whatever method it names.</param>
    /// <param name="openForSeconds">How long a motion stays open, in seconds: 1 to <see cref="MaxOpenForSeconds"/>.</param>
    /// <exception cref="RuleViolation">A rule's value is not valid (<c>payload-invalid</c>).</exception>
    public Charter(Admission admission, DecisionMethod method, Fraction quorum, DecisionMethod amendmentMethod, long openForSeconds)
    {
        Admission = admission;
        Method = method;
        Quorum = quorum;
        AmendmentMethod = amendmentMethod;
        OpenForSeconds = openForSeconds;
    }

    /// <summary>How a person becomes a member.</summary>
    public Admission Admission
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>The decision method of a motion that names none: one that decides yes or no.</summary>
    public DecisionMethod Method { get; init => field = CheckYesOrNo(value, "method"); }

    /// <summary>The fraction of the members eligible on a motion who must cast a ballot for it to be decided; abstentions count.</summary>
    public Fraction Quorum { get; init; }

    /// <summary>The method of every motion that amends the charter, whatever method the motion names: one that decides yes or no.</summary>
    public DecisionMethod AmendmentMethod { get; init => field = CheckYesOrNo(value, "amendmentMethod"); }

    /// <summary>How long a motion stays open, in seconds, from the moment it opens.</summary>
    public long OpenForSeconds { get; init => field = CheckOpenFor(value, "openForSeconds"); }

    /// <summary>The body's rules for its delegates to federations: seats, terms, rotation, post cap, recall.</summary>
    public Delegation Delegation { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Delegation.Default;

    /// <summary>The kinds of matter the body decides as a federation, the mode of each, and the thresholds of ratification.</summary>
    public Matters Matters { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Matters.None;

    /// <summary>
    /// The charter a body of the given kind starts from unless its founders write another. All
    /// decide by simple majority with a quorum of half the members, amend the charter by two thirds
    /// of the votes cast, and keep motions open a week; they differ in admission: a workplace
    /// committee admits by any member, a neighbourhood council is open to whoever lives there, a
    /// land commune admits by decision, and a federation is open to any body that decides to join.
    /// </summary>
    public static Charter For(BodyKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var admission = kind == BodyKind.WorkplaceCommittee ? Admission.ByMember
            : kind == BodyKind.NeighbourhoodCouncil || kind == BodyKind.Federation ? Admission.Open
            : Admission.ByDecision;
        return new Charter(admission, new SimpleMajority(), Fraction.Of(1, 2), QualifiedMajority.TwoThirdsOfVotesCast, 7 * 24 * 60 * 60);
    }

    /// <summary>
    /// Writes the charter: <c>{"admission":"by-member","amendmentMethod":{…},"method":{…},"openForSeconds":604800,"quorum":{"num":1,"den":2}}</c>.
    /// </summary>
    public JsonObject ToJson() => new()
    {
        ["admission"] = Spellings.Of(Admission),
        ["amendmentMethod"] = AmendmentMethod.ToJson(),
        ["delegation"] = Delegation.ToJson(),
        ["matters"] = Matters.ToJson(),
        ["method"] = Method.ToJson(),
        ["openForSeconds"] = OpenForSeconds,
        ["quorum"] = Quorum.ToJson(),
    };

    /// <summary>
    /// Reads a charter written by <see cref="ToJson"/>. Every key is required but <c>delegation</c>
    /// and <c>matters</c>, which take their defaults when left out; no other key is allowed.
    /// </summary>
    /// <param name="json">The charter.</param>
    /// <param name="path">Where the charter sits, for the <see cref="RuleViolation.Field"/> of refusals.</param>
    /// <exception cref="RuleViolation">The charter is not valid, or has a key that is not one of its rules (<c>payload-invalid</c>).</exception>
    public static Charter FromJson(JsonObject json, string path = "charter")
    {
        var fields = new JsonFields(json, path, "a charter");
        var admissionText = fields.String("admission");
        if (!Spellings.TryRead(admissionText, out Admission admission))
            throw fields.Refuse("admission", $"A charter's admission is {Spellings.Listed<Admission>()}, not '{admissionText}'.");
        var method = CheckYesOrNo(DecisionMethod.FromJson(fields.Object("method"), fields.PathOf("method")), fields.PathOf("method"));
        var quorum = Fraction.FromJson(fields.Object("quorum"), fields.PathOf("quorum"));
        var amendmentMethod = CheckYesOrNo(
            DecisionMethod.FromJson(fields.Object("amendmentMethod"), fields.PathOf("amendmentMethod")), fields.PathOf("amendmentMethod"));
        var openFor = CheckOpenFor(fields.Long("openForSeconds"), fields.PathOf("openForSeconds"));
        var delegation = fields.Has("delegation") ? Delegation.Read(fields.Fields("delegation", "the delegation rules")) : Delegation.Default;
        var matters = fields.Has("matters") ? Matters.Read(fields.Fields("matters", "the matters")) : Matters.None;
        fields.End();
        return new Charter(admission, method, quorum, amendmentMethod, openFor) { Delegation = delegation, Matters = matters };
    }

    // A charter's methods decide motions without options of their own, and charter amendments,
    // which carry or not; a method that chooses among options fits neither.
    private static DecisionMethod CheckYesOrNo(DecisionMethod method, string field) =>
        method is null ? throw new ArgumentNullException(nameof(method))
        : method is OptionsMethod
            ? throw new RuleViolation(Rules.PayloadInvalid,
                $"A charter's methods decide yes or no; {method} chooses among options a motion names itself.", field)
            : method;

    private static long CheckOpenFor(long seconds, string field) =>
        seconds is > 0 and <= MaxOpenForSeconds
            ? seconds
            : throw new RuleViolation(Rules.PayloadInvalid,
                $"A motion stays open between 1 second and {MaxOpenForSeconds} seconds (366 days), not {seconds}.", field);
}
