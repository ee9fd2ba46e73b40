namespace Councils.Domain.Record;

/// <summary>
/// Bytes that are not canonical JSON as the record defines it, or a JSON tree that has no canonical
/// form (a fraction, an integer out of range, a lone surrogate).
/// </summary>
public sealed class CanonicalJsonException : FormatException
{
    /// <summary>Makes an exception with no offset.</summary>
    public CanonicalJsonException() : this("The JSON is not canonical.") { }

    /// <summary>Makes an exception with no offset.</summary>
    public CanonicalJsonException(string message) : this(message, -1) { }

    /// <summary>Makes an exception with no offset that wraps the underlying failure.</summary>
    public CanonicalJsonException(string message, Exception innerException) : base(message, innerException) => Offset = -1;

    /// <summary>Makes an exception for the byte at <paramref name="offset"/> (−1 when none applies).</summary>
    public CanonicalJsonException(string message, long offset) : base(message) => Offset = offset;

    /// <summary>
    /// The offset in bytes, from the start of the input, of the first byte that makes it non-canonical;
    /// −1 when the failure is not about a position in bytes (serialising a tree).
    /// </summary>
    public long Offset { get; }
}
