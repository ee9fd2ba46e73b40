using System.Globalization;

namespace Councils.Domain.Planning.InputOutput;

/// <summary>Line-by-line reading shared by the table readers: numbers and refusals that name the line and field.</summary>
internal static class TableText
{
    public static IEnumerable<(int Number, string Text)> Lines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = line.Trim();
            if (text.Length > 0 && !text.StartsWith('#'))
                yield return (number, text);
        }
    }

    public static double Number(string text, string source, int line, int field)
    {
        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        throw new RuleViolation(Rules.PayloadInvalid, $"{source} line {line}, field {field}: '{trimmed}' is not a number.", Field(source, line, field));
    }

    public static RuleViolation Refuse(string message, string source, int line, int? field = null) =>
        new(Rules.PayloadInvalid, $"{source} line {line}{(field is null ? "" : $", field {field}")}: {message}", Field(source, line, field));

    public static string Field(string source, int line, int? field) =>
        field is null ? $"{source}:{line}" : $"{source}:{line}:{field}";
}
