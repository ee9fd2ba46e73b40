using System.Globalization;

namespace Councils.Domain.Planning.Lp;

/// <summary>
/// Reads a <see cref="LinearProgram"/> from fixed or free MPS: NAME, ROWS, COLUMNS (with integer markers),
/// RHS, RANGES, BOUNDS, ENDATA, and in free MPS OBJSENSE and OBJNAME.
/// </summary>
/// <remarks>
/// The first N row is the objective; other N rows are dropped with their entries. An RHS on the objective
/// gives the objective constant −RHS. Only the first RHS, RANGES and BOUNDS set is read. Values of magnitude
/// 1e30 or more are infinite. A bad line is refused with a <see cref="RuleViolation"/> of
/// <see cref="Rules.PayloadInvalid"/> whose message names the line and whose field is <c>mps.line[n].part</c>.
/// </remarks>
public static class MpsReader
{
    /// <summary>Reads a program from MPS text.</summary>
    public static LinearProgram Parse(string text, MpsFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader, format);
    }

    /// <summary>Reads a program from an MPS stream of text.</summary>
    public static LinearProgram Read(TextReader reader, MpsFormat format)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var parser = new MpsParser(format);
        var number = 0;
        while (reader.ReadLine() is { } line)
            parser.Line(line, ++number);
        return parser.Finish(number);
    }

    internal static RuleViolation Error(int line, string part, string message) =>
        new(Rules.PayloadInvalid, $"MPS line {line}: {message}", $"mps.line[{line}].{part}");

    internal static double Number(string text, int line, string part)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value))
            throw Error(line, part, $"'{text}' is not a number.");
        return value >= 1e30 ? double.PositiveInfinity : value <= -1e30 ? double.NegativeInfinity : value;
    }

    /// <summary>The fields of a data line: by position in fixed MPS when the line keeps to the columns, else by white space.</summary>
    internal static string[] Fields(string line, MpsFormat format, out bool positional)
    {
        positional = format == MpsFormat.Fixed && KeepsToColumns(line);
        if (!positional)
            return line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return [Slice(line, 1, 3), Slice(line, 4, 12), Slice(line, 14, 22), Slice(line, 24, 36), Slice(line, 39, 47), Slice(line, 49, 61)];
    }

    private static readonly int[] Gaps = [0, 3, 12, 13, 22, 23, 36, 37, 38, 47, 48];

    private static bool KeepsToColumns(string line)
    {
        if (line.Contains('\t', StringComparison.Ordinal))
            return false;
        foreach (var at in Gaps)
        {
            if (at < line.Length && line[at] != ' ')
                return false;
        }
        return line.Length <= 61 || string.IsNullOrWhiteSpace(line[61..]);
    }

    private static string Slice(string line, int from, int to) =>
        from >= line.Length ? "" : line[from..Math.Min(to, line.Length)].Trim();
}
