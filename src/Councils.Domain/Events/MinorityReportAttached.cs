using System.Text.Json.Nodes;
using Councils.Domain.Json;
using Councils.Domain.Motions;

namespace Councils.Domain.Events;

/// <summary><c>minority-report.attached</c>: a member attaches a statement to a motion, before or after its decision.</summary>
public sealed record MinorityReportAttached : BodyEvent
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "minority-report.attached";

    /// <summary>Makes the event.</summary>
    /// <param name="motion">The motion the report is on.</param>
    /// <param name="text">What it says: not blank, at most 20000 characters.</param>
    /// <exception cref="RuleViolation">The text is blank or too long (<c>payload-invalid</c>).</exception>
    public MinorityReportAttached(MotionId motion, string text)
    {
        Motion = motion;
        Text = Json.Text.Check(text, Json.Text.MaxLong, "payload.text", "A minority report");
    }

    /// <summary>The motion the report is on.</summary>
    public MotionId Motion { get; }

    /// <summary>What it says.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string Kind => KindName;

    internal override JsonObject ToPayload() => new() { ["motion"] = Motion.Seq, ["text"] = Text };

    internal static MinorityReportAttached Read(JsonFields payload) =>
        new(new MotionId(payload.Long("motion", 1)), payload.String("text"));
}
