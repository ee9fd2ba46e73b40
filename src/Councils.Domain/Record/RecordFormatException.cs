namespace Councils.Domain.Record;

/// <summary>
/// An entry or checkpoint whose bytes are canonical JSON (or not even that) but not the shape that
/// docs/record.md sets: a member missing, extra or of the wrong type, a malformed id, key or hash.
/// </summary>
public sealed class RecordFormatException : FormatException
{
    /// <summary>Makes an exception about the record as a whole.</summary>
    public RecordFormatException() : this("", "The record is malformed.") { }

    /// <summary>Makes an exception about the record as a whole.</summary>
    public RecordFormatException(string message) : this("", message) { }

    /// <summary>Makes an exception about the record as a whole that wraps the underlying failure.</summary>
    public RecordFormatException(string message, Exception innerException) : this("", message, innerException) { }

    /// <summary>Makes an exception about one field.</summary>
    public RecordFormatException(string field, string message, Exception? innerException = null)
        : base(message, innerException) => Field = field;

    /// <summary>
    /// The dotted path of the offending member, such as <c>event.prev</c> or <c>sig</c>; empty when the
    /// bytes as a whole are at fault (not canonical JSON, not an object).
    /// </summary>
    public string Field { get; }
}
