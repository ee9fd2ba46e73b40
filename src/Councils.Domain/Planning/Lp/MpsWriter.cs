using System.Globalization;
using System.Text;

namespace Councils.Domain.Planning.Lp;

/// <summary>Writes a <see cref="LinearProgram"/> as free MPS that <see cref="MpsReader"/> reads back to the same program.</summary>
/// <remarks>
/// Numbers are written in round-trip form. A ranged row is a G row with a positive range. A row free on both
/// sides cannot be written (as an N row it would be dropped on reading), so it is refused. A program that was a
/// maximisation is written as the minimisation it holds, with <c>WasMaximisation</c> not kept.
/// </remarks>
public static class MpsWriter
{
    /// <summary>The program as free MPS text.</summary>
    public static string Write(LinearProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var text = new StringBuilder();
        text.AppendLine(program.Name.Length == 0 ? "NAME" : "NAME " + program.Name);
        text.AppendLine("ROWS").Append(" N ").AppendLine(program.ObjectiveName);
        var rhs = new List<(string Row, double Value)>();
        var ranges = new List<(string Row, double Value)>();
        for (var r = 0; r < program.RowCount; r++)
        {
            double lower = program.RowLower[r], upper = program.RowUpper[r];
            var name = program.RowNames[r];
            var sense = lower == upper ? 'E' : double.IsNegativeInfinity(lower) ? 'L' : 'G';
            if (double.IsNegativeInfinity(lower) && double.IsPositiveInfinity(upper))
                throw new RuleViolation(Rules.PayloadInvalid, $"Row {name} is free on both sides; MPS has no such row other than N, which a reader drops.", $"rows[{r}]");
            text.Append(' ').Append(sense).Append(' ').AppendLine(name);
            var value = sense == 'L' ? upper : lower;
            if (value != 0)
                rhs.Add((name, value));
            if (sense == 'G' && !double.IsPositiveInfinity(upper))
                ranges.Add((name, upper - lower));
        }
        text.AppendLine("COLUMNS");
        var integer = false;
        for (var j = 0; j < program.ColumnCount; j++)
        {
            if (program.IsInteger[j] != integer)
            {
                integer = program.IsInteger[j];
                text.AppendLine(integer ? " MARKER 'MARKER' 'INTORG'" : " MARKER 'MARKER' 'INTEND'");
            }
            var name = program.ColumnNames[j];
            if (program.Cost[j] != 0 || program.ColumnStarts[j] == program.ColumnStarts[j + 1])
                Line(text, name, program.ObjectiveName, program.Cost[j]);
            for (var k = program.ColumnStarts[j]; k < program.ColumnStarts[j + 1]; k++)
                Line(text, name, program.RowNames[program.ColumnRowIndices[k]], program.ColumnValues[k]);
        }
        if (integer)
            text.AppendLine(" MARKER 'MARKER' 'INTEND'");
        text.AppendLine("RHS");
        if (program.ObjectiveConstant != 0)
            Line(text, "RHS", program.ObjectiveName, -program.ObjectiveConstant);
        foreach (var (row, value) in rhs)
            Line(text, "RHS", row, value);
        if (ranges.Count > 0)
        {
            text.AppendLine("RANGES");
            foreach (var (row, value) in ranges)
                Line(text, "RNG", row, value);
        }
        text.AppendLine("BOUNDS");
        for (var j = 0; j < program.ColumnCount; j++)
            Bounds(text, program.ColumnNames[j], program.ColumnLower[j], program.ColumnUpper[j]);
        text.AppendLine("ENDATA");
        return text.ToString();
    }

    private static void Bounds(StringBuilder text, string name, double lower, double upper)
    {
        if (lower == upper)
            text.Append(" FX BND ").Append(name).Append(' ').AppendLine(Number(lower));
        else if (double.IsNegativeInfinity(lower) && double.IsPositiveInfinity(upper))
            text.Append(" FR BND ").AppendLine(name);
        else
        {
            // UP first: a negative UP on a column whose lower bound is 0 would make the lower bound −∞, so LO follows it.
            if (double.IsNegativeInfinity(lower))
                text.Append(" MI BND ").AppendLine(name);
            if (!double.IsPositiveInfinity(upper))
                text.Append(" UP BND ").Append(name).Append(' ').AppendLine(Number(upper));
            if (double.IsFinite(lower) && (lower != 0 || upper < 0))
                text.Append(" LO BND ").Append(name).Append(' ').AppendLine(Number(lower));
        }
    }

    private static void Line(StringBuilder text, string first, string row, double value) =>
        text.Append("    ").Append(first).Append(' ').Append(row).Append(' ').AppendLine(Number(value));

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
