namespace Councils.Domain.Counting.Reports;

/// <summary>How a count report is written.</summary>
public enum ReportFormat
{
    /// <summary>A readable report, stage by stage.</summary>
    Text,

    /// <summary>One JSON object with the result and its full record.</summary>
    Json,

    /// <summary>One row per stage (per option for Schulze), with a header row.</summary>
    Csv,
}
