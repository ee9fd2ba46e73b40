using System.Text.Json.Nodes;
using Councils.Domain.Json;
using Councils.Domain.Motions;

namespace Councils.Domain.Events;

/// <summary><c>discussion.posted</c>: a member posts a contribution to the discussion of an open motion, perhaps in answer to an earlier one.</summary>
public sealed record DiscussionPosted : BodyEvent
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "discussion.posted";

    /// <summary>Makes the event.</summary>
    /// <param name="motion">The motion under discussion.</param>
    /// <param name="text">What the contribution says: not blank, at most 20000 characters.</param>
    /// <param name="answers">The seq of the earlier contribution on the same motion it answers; null when it answers none.</param>
    /// <exception cref="RuleViolation">The text is blank or too long, or <paramref name="answers"/> is not a seq (<c>payload-invalid</c>).</exception>
    public DiscussionPosted(MotionId motion, string text, long? answers = null)
    {
        Motion = motion;
        Text = Json.Text.Check(text, Json.Text.MaxLong, "payload.text", "A contribution");
        if (answers is < 1 or > JsonFields.MaxInteger)
            throw new RuleViolation(Rules.PayloadInvalid, $"A contribution answers the seq of an earlier contribution, a whole number from 1, not {answers}.", "payload.answers");
        Answers = answers;
    }

    /// <summary>The motion under discussion.</summary>
    public MotionId Motion { get; }

    /// <summary>What the contribution says.</summary>
    public string Text { get; }

    /// <summary>The seq of the contribution it answers; null when it answers none.</summary>
    public long? Answers { get; }

    /// <inheritdoc />
    public override string Kind => KindName;

    internal override JsonObject ToPayload() => new() { ["answers"] = Answers, ["motion"] = Motion.Seq, ["text"] = Text };

    internal static DiscussionPosted Read(JsonFields payload) =>
        new(new MotionId(payload.Long("motion", 1)), payload.String("text"),
            payload.Node("answers") is null ? null : payload.Long("answers", 1));
}
