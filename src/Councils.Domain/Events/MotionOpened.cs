using System.Text.Json.Nodes;
using Councils.Domain.Json;
using Councils.Domain.Methods;
using Councils.Domain.Motions;

namespace Councils.Domain.Events;

/// <summary><c>motion.opened</c>: a member proposes a motion. Its seq becomes the motion's id.</summary>
public sealed record MotionOpened : BodyEvent
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "motion.opened";

    /// <summary>Makes the event.</summary>
    /// <param name="title">The title, 1 to 200 characters.</param>
    /// <param name="text">The text, up to 20000 characters; may be empty.</param>
    /// <param name="method">The method to decide it by; null for the charter's default. A charter amendment ignores it.</param>
    /// <param name="effect">What it does if it carries; null for none.</param>
    /// <param name="matter">In a federation, the kind of matter it decides, which makes it an agenda item; null otherwise.</param>
    /// <exception cref="RuleViolation">The title or text is too long, the title blank, or the matter not a name (<c>payload-invalid</c>).</exception>
    public MotionOpened(string title, string text, DecisionMethod? method = null, MotionEffect? effect = null, string? matter = null)
    {
        Matter = matter is null ? null : Charters.Matters.CheckName(matter, "payload.matter");
        Title = Json.Text.Check(title, Json.Text.MaxTitle, "payload.title", "A motion's title");
        Text = Json.Text.Check(text, Json.Text.MaxLong, "payload.text", "A motion's text", mayBeEmpty: true);
        Method = method;
        Effect = effect;
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The kind of matter a federation's agenda item decides; null for any other motion.</summary>
    public string? Matter { get; }

    /// <summary>The method named; null for the charter's default.</summary>
    public DecisionMethod? Method { get; }

    /// <summary>What the motion does if it carries; null for none.</summary>
    public MotionEffect? Effect { get; }

    /// <inheritdoc />
    public override string Kind => KindName;

    internal override JsonObject ToPayload()
    {
        var payload = new JsonObject
        {
            ["effect"] = Effect?.ToJson(),
            ["method"] = Method?.ToJson(),
            ["text"] = Text,
            ["title"] = Title,
        };
        // Written only on agenda items, so every other motion's payload stays as it was.
        if (Matter is not null)
            payload["matter"] = Matter;
        return payload;
    }

    internal static MotionOpened Read(JsonFields payload)
    {
        var title = payload.String("title");
        var text = payload.String("text");
        var method = payload.ObjectOrNull("method") is { } m ? DecisionMethod.FromJson(m, payload.PathOf("method")) : null;
        var effect = payload.ObjectOrNull("effect") is { } e ? MotionEffect.FromJson(e, payload.PathOf("effect")) : null;
        var matter = payload.Has("matter") ? payload.String("matter") : null;
        return new MotionOpened(title, text, method, effect, matter);
    }
}
