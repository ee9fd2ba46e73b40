using System.Text.Json.Nodes;
using Councils.Domain.Json;
using Councils.Domain.Motions;

namespace Councils.Domain.Events;

/// <summary>
/// <c>ballot.cast</c>: a member's ballot on a motion. The ballot's shape is set by the motion's
/// method, so the event keeps it as JSON and the fold reads it with that method.
/// </summary>
public sealed record BallotCast : BodyEvent
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "ballot.cast";

    private readonly JsonObject _ballot;

    /// <summary>Makes the event.</summary>
    /// <param name="motion">The motion voted on.</param>
    /// <param name="ballot">The ballot, such as <c>{"choice":"yes"}</c>; the event keeps its own copy.</param>
    public BallotCast(MotionId motion, JsonObject ballot)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        Motion = motion;
        _ballot = ballot.DeepClone().AsObject();
    }

    /// <summary>The motion voted on.</summary>
    public MotionId Motion { get; }

    /// <summary>A copy of the ballot, as JSON.</summary>
    public JsonObject Ballot => _ballot.DeepClone().AsObject();

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <summary>Two ballot events are equal when they name the same motion and their ballots are equal JSON.</summary>
    public bool Equals(BallotCast? other) =>
        other is not null && Motion == other.Motion && JsonNode.DeepEquals(_ballot, other._ballot);

    /// <inheritdoc />
    public override int GetHashCode() => Motion.GetHashCode();

    internal override JsonObject ToPayload() => new() { ["ballot"] = Ballot, ["motion"] = Motion.Seq };

    internal static BallotCast Read(JsonFields payload) =>
        new(new MotionId(payload.Long("motion", 1)), payload.Object("ballot"));
}
