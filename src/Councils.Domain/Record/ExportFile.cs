namespace Councils.Domain.Record;

/// <summary>
/// The export format: JSON Lines, each entry in order followed by the checkpoints taken at its size
/// (see docs/record.md). Lines are separated by a single line feed; the last may lack one.
/// </summary>
public static class ExportFile
{
    /// <summary>The lines of an export, without their line feeds.</summary>
    public static IEnumerable<ExportLine> Lines(ReadOnlyMemory<byte> file)
    {
        var number = 0L;
        var start = 0;
        while (start < file.Length)
        {
            var length = file.Span[start..].IndexOf((byte)'\n');
            var end = length < 0 ? file.Length : start + length;
            yield return new ExportLine(++number, file[start..end]);
            start = end + 1;
        }
    }

    /// <summary>Writes one line of an export.</summary>
    public static void WriteLine(Stream destination, ReadOnlySpan<byte> line)
    {
        ArgumentNullException.ThrowIfNull(destination);
        destination.Write(line);
        destination.WriteByte((byte)'\n');
    }
}
