namespace Councils.Domain.Record;

/// <summary>One line of an exported log: an entry or a checkpoint, with its 1-based line number.</summary>
/// <param name="Number">The line's number in the file, counting from 1.</param>
/// <param name="Bytes">The line's bytes without its newline.</param>
public readonly record struct ExportLine(long Number, ReadOnlyMemory<byte> Bytes)
{
    /// <summary>Whether the line is a checkpoint rather than an entry, by its first member's name.</summary>
    public bool IsCheckpoint => Bytes.Span.StartsWith("{\"checkpoint\":"u8);
}
