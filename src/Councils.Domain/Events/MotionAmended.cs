using System.Text.Json.Nodes;
using Councils.Domain.Json;
using Councils.Domain.Motions;

namespace Councils.Domain.Events;

/// <summary>
/// <c>motion.amended</c>: the proposer of an open federation agenda item amends its text. The
/// item's revision goes up by one, and the mandates decided on an earlier revision fall back.
/// </summary>
public sealed record MotionAmended : BodyEvent
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "motion.amended";

    /// <summary>Makes the event.</summary>
    /// <exception cref="RuleViolation">The text is too long (<c>payload-invalid</c>).</exception>
    public MotionAmended(MotionId motion, string text)
    {
        Motion = motion;
        Text = Json.Text.Check(text, Json.Text.MaxLong, "payload.text", "A motion's text", mayBeEmpty: true);
    }

    /// <summary>The item amended.</summary>
    public MotionId Motion { get; }

    /// <summary>Its new text.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string Kind => KindName;

    internal override JsonObject ToPayload() => new() { ["motion"] = Motion.Seq, ["text"] = Text };

    internal static MotionAmended Read(JsonFields payload) => new(new MotionId(payload.Long("motion", 1)), payload.String("text"));
}
