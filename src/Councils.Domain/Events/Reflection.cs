using System.Text.Json.Nodes;
using Councils.Domain.Federations;
using Councils.Domain.Json;

namespace Councils.Domain.Events;

/// <summary>
/// An event in a federation's log that records an act of a member body, citing the entry in that
/// body's own log where the act stands. The node that hosts both appends it once the body's act is
/// in the body's log; the federation's fold applies it; a check of both logs together confirms each
/// citation. No event of any kind lets a federation write into a member body's log.
/// </summary>
public abstract record Reflection : BodyEvent
{
    private protected Reflection(Citation source) => Source = source ?? throw new ArgumentNullException(nameof(source));

    /// <summary>The member body's act this records.</summary>
    public Citation Source { get; }

    /// <summary>Two reflections are equal when their payloads are equal JSON.</summary>
    public virtual bool Equals(Reflection? other) =>
        other is not null && Kind == other.Kind && JsonNode.DeepEquals(ToPayload(), other.ToPayload());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Source);

    private protected JsonObject With(JsonObject payload)
    {
        payload["source"] = Source.ToJson();
        return payload;
    }

    private protected static Citation SourceOf(JsonFields payload) => Citation.Read(payload, "source");
}
