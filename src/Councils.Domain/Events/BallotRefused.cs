using System.Text.Json.Nodes;
using Councils.Domain.Json;
using Councils.Domain.Motions;
using Councils.Domain.Record;

namespace Councils.Domain.Events;

/// <summary>
/// <c>ballot.refused</c>: the node's record that a delegate tried to cast <see cref="Ballot"/> on an
/// agenda item and the federation's rules refused it, under <see cref="Rule"/> (a mandate, a recall,
/// an ended term). The fold checks that the rules do refuse that ballot, so a refusal cannot be invented.
/// </summary>
public sealed record BallotRefused : BodyEvent
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "ballot.refused";

    private readonly JsonObject _ballot;

    /// <summary>Makes the event.</summary>
    public BallotRefused(MotionId motion, PublicKey @delegate, JsonObject ballot, string rule, string reason)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        Motion = motion;
        Delegate = @delegate;
        _ballot = ballot.DeepClone().AsObject();
        Rule = Json.Text.Check(rule, 64, "payload.rule", "A rule");
        Reason = Json.Text.Check(reason, Json.Text.MaxLong, "payload.reason", "A reason");
    }

    /// <summary>The item.</summary>
    public MotionId Motion { get; }

    /// <summary>Who tried to vote.</summary>
    public PublicKey Delegate { get; }

    /// <summary>A copy of the ballot they tried to cast.</summary>
    public JsonObject Ballot => _ballot.DeepClone().AsObject();

    /// <summary>The rule that refused it.</summary>
    public string Rule { get; }

    /// <summary>Why, in words.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <summary>Equal when the payloads are equal JSON.</summary>
    public bool Equals(BallotRefused? other) => other is not null && JsonNode.DeepEquals(ToPayload(), other.ToPayload());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Motion, Delegate, Rule);

    internal override JsonObject ToPayload() => new()
    {
        ["ballot"] = Ballot,
        ["delegate"] = Delegate.ToString(),
        ["motion"] = Motion.Seq,
        ["reason"] = Reason,
        ["rule"] = Rule,
    };

    internal static BallotRefused Read(JsonFields payload) =>
        new(new MotionId(payload.Long("motion", 1)), payload.Key("delegate"), payload.Object("ballot"), payload.String("rule"), payload.String("reason"));
}
