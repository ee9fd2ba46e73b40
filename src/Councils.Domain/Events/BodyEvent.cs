using System.Text.Json.Nodes;

namespace Councils.Domain.Events;

/// <summary>
/// An act in a body, as the payload of one event of its log. Each kind of event in
/// <c>docs/record.md</c> is one sealed subclass; <see cref="EventCodec"/> reads and writes them.
/// </summary>
/// <remarks>An event is only well formed; whether the body's rules allow it is for <see cref="Bodies.BodyState.Apply"/> to say.</remarks>
public abstract record BodyEvent
{
    private protected BodyEvent()
    {
    }

    /// <summary>The event's kind, as the record writes it: <c>ballot.cast</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The event's payload.</summary>
    internal abstract JsonObject ToPayload();
}
