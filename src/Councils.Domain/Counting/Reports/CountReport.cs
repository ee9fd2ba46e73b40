using System.Text.Json.Nodes;

namespace Councils.Domain.Counting.Reports;

/// <summary>
/// A count result written for people or programs: text stage by stage, JSON with the whole record,
/// or CSV with one row per stage.
/// </summary>
/// <remarks>
/// JSON holds at least <c>method</c>, <c>seats</c>, <c>winners</c> (names in order of election or
/// ranking), <c>ties</c> (groups of names, empty when none) and <c>stages</c> or <c>matrices</c>.
/// Vote figures are written with all their decimals, exactly as counted.
/// </remarks>
public sealed class CountReport
{
    /// <summary>Makes the report of one result.</summary>
    public CountReport(CountResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Result = result;
    }

    /// <summary>The result reported.</summary>
    public CountResult Result { get; }

    /// <summary>Reads "text", "json" or "csv" (any case).</summary>
    /// <exception cref="ArgumentException">The name is none of these.</exception>
    public static ReportFormat ParseFormat(string name) =>
        Enum.TryParse<ReportFormat>(name, ignoreCase: true, out var format) && Enum.IsDefined(format)
            ? format
            : throw new ArgumentException($"'{name}' is not a report format; use text, json or csv.", nameof(name));

    /// <summary>Writes the report in the given format.</summary>
    public void Write(ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case ReportFormat.Json:
                JsonReport.Write(Result, writer);
                break;
            case ReportFormat.Csv:
                CsvReport.Write(Result, writer);
                break;
            default:
                TextReport.Write(Result, writer);
                break;
        }
    }

    /// <summary>The report in the given format, as a string.</summary>
    public string ToString(ReportFormat format)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(format, writer);
        return writer.ToString();
    }

    /// <summary>
    /// The result as the record keeps it in the count of a motion: the members of the JSON report
    /// in canonical JSON, integers only, so vote figures are decimal strings with all their digits
    /// ("1300.00000") and the title and withdrawn candidates are left out. <c>docs/record.md</c>
    /// gives the shape.
    /// </summary>
    public JsonObject ToRecord() => RecordReport.Write(Result);

    /// <summary>The text report.</summary>
    public override string ToString() => ToString(ReportFormat.Text);
}
