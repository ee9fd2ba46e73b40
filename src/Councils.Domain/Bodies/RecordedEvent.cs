using Councils.Domain.Events;
using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Bodies;

/// <summary>An event as it stands in a body's log: where, when, by whom, and what.</summary>
public sealed record RecordedEvent
{
    /// <summary>Places an event in a log.</summary>
    /// <param name="seq">Its position in the log, from 0.</param>
    /// <param name="at">When it happened, in milliseconds since the Unix epoch (UTC), not before the epoch.</param>
    /// <param name="author">Who signed it.</param>
    /// <param name="bodyEvent">The act.</param>
    /// <exception cref="RuleViolation">A seq (<c>seq</c>) or time (<c>time</c>) that is negative or past the record's integers.</exception>
    public RecordedEvent(long seq, long at, PublicKey author, BodyEvent bodyEvent)
    {
        ArgumentNullException.ThrowIfNull(bodyEvent);
        Seq = seq is >= 0 and <= JsonFields.MaxInteger
            ? seq
            : throw new RuleViolation(Rules.Seq, $"A log counts its events from 0 up to 2^53 − 1; {seq} is no place in it.", "seq");
        At = at is >= 0 and <= JsonFields.MaxInteger
            ? at
            : throw new RuleViolation(Rules.Time, $"An event is dated from the Unix epoch up to 2^53 − 1 milliseconds; {at} is not.", "at");
        Author = author;
        Event = bodyEvent;
    }

    /// <summary>Its position in the log, from 0.</summary>
    public long Seq { get; }

    /// <summary>When it happened, in milliseconds since the Unix epoch (UTC).</summary>
    public long At { get; }

    /// <summary>Who signed it.</summary>
    public PublicKey Author { get; }

    /// <summary>The act.</summary>
    public BodyEvent Event { get; }
}
