using System.Text.Json.Nodes;
using Councils.Domain.Json;
using Councils.Domain.Methods;
using Councils.Domain.Motions;

namespace Councils.Domain.Events;

/// <summary>
/// <c>motion.decided</c>: the decision on a motion, with its full count and the charter version
/// that applied. <see cref="Bodies.BodyState.Decide"/> computes it; the fold refuses it unless it
/// equals the recount of the motion's ballots.
/// </summary>
public sealed record MotionDecided : BodyEvent
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "motion.decided";

    /// <summary>Makes the event.</summary>
    /// <param name="motion">The motion decided.</param>
    /// <param name="count">Its full count, with the outcome.</param>
    /// <param name="charter">The charter version under which it was counted: the one in force when it opened.</param>
    /// <exception cref="RuleViolation">A charter version below 1 (<c>payload-invalid</c>).</exception>
    public MotionDecided(MotionId motion, Count count, int charter)
    {
        ArgumentNullException.ThrowIfNull(count);
        Motion = motion;
        Count = count;
        Charter = charter >= 1
            ? charter
            : throw new RuleViolation(Rules.PayloadInvalid, $"Charter versions count from 1, not {charter}.", "payload.charter");
    }

    /// <summary>The motion decided.</summary>
    public MotionId Motion { get; }

    /// <summary>Its full count.</summary>
    public Count Count { get; }

    /// <summary>The charter version under which it was counted.</summary>
    public int Charter { get; }

    /// <summary>Carried, rejected or lapsed.</summary>
    public Outcome Outcome => Count.Outcome;

    /// <inheritdoc />
    public override string Kind => KindName;

    internal override JsonObject ToPayload() => new()
    {
        ["charter"] = (long)Charter,
        ["count"] = Count.ToJson(),
        ["motion"] = Motion.Seq,
        ["outcome"] = Spellings.Of(Outcome),
    };

    internal static MotionDecided Read(JsonFields payload)
    {
        var motion = new MotionId(payload.Long("motion", 1));
        var text = payload.String("outcome");
        if (!Spellings.TryRead(text, out Outcome outcome))
            throw payload.Refuse("outcome", $"An outcome is {Spellings.Listed<Outcome>()}, not '{text}'.");
        var count = Count.FromJson(payload.Object("count"), outcome, payload.PathOf("count"));
        return new MotionDecided(motion, count, (int)payload.Long("charter", 1, int.MaxValue));
    }
}
