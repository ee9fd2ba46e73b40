namespace Councils.Domain.Planning.InputOutput;

/// <summary>
/// Reads a final demand for a table of technical coefficients from simple CSV: a header line (any labels), then one
/// line per sector, its code and the demand for its output, in any order. Blank lines and lines starting with
/// <c>#</c> are skipped. Every sector of the table must have exactly one line.
/// </summary>
/// <example>
/// <code>
/// sector,demand
/// agriculture,350
/// manufacturing,1700
/// </code>
/// </example>
public static class FinalDemandCsv
{
    /// <summary>The demand of each of <paramref name="table"/>'s sectors, in the table's order.</summary>
    public static double[] Read(TextReader reader, TechnicalCoefficients table, string source = "demand csv")
    {
        ArgumentNullException.ThrowIfNull(table);
        var demand = new double[table.Size];
        var seen = new bool[table.Size];
        var header = true;
        var last = 0;
        foreach (var (line, text) in TableText.Lines(reader))
        {
            last = line;
            if (header)
            {
                header = false;
                continue;
            }
            var cells = text.Split(',');
            if (cells.Length != 2)
                throw TableText.Refuse($"a line has {cells.Length} fields; it is a sector code and a number.", source, line);
            var code = cells[0].Trim();
            var index = Array.FindIndex([.. table.Sectors], s => s.Code == code);
            if (index < 0)
                throw TableText.Refuse($"'{code}' is not a sector of the table.", source, line, 1);
            if (seen[index])
                throw TableText.Refuse($"the sector '{code}' has a second line.", source, line, 1);
            seen[index] = true;
            demand[index] = TableText.Number(cells[1], source, line, 2);
        }
        var missing = Array.IndexOf(seen, false);
        if (missing >= 0)
            throw TableText.Refuse($"the sector '{table.Sectors[missing].Code}' has no demand.", source, last);
        return demand;
    }
}
