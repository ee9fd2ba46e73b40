namespace Councils.Domain.Counting.Formats;

/// <summary>Reads a ballot file of any supported format, chosen by extension or, failing that, by content.</summary>
public static class BallotFile
{
    /// <summary>
    /// Reads .blt as BLT; .soc, .soi, .toc and .tol as PrefLib; a file with "V:" vote lines as a
    /// Debian tally sheet; anything else as BLT.
    /// </summary>
    /// <exception cref="BallotFileException">The file cannot be read as its format; the message names the line.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static Election Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".soc" or ".soi" or ".toc" or ".tol")
            return PrefLibReader.ReadFile(path);
        if (extension != ".blt" && File.ReadLines(path, System.Text.Encoding.Latin1).Any(l => l.StartsWith("V:", StringComparison.Ordinal)))
            return DebianTallyReader.ReadFile(path);
        return BltReader.ReadFile(path);
    }
}
