namespace Councils.Domain.Planning.InputOutput;

/// <summary>
/// Reads a table of technical coefficients from simple CSV. The format: comma-separated, no
/// quoting; blank lines and lines starting with <c>#</c> are skipped. The first line is a header:
/// any label in its first cell, then the sector codes, one per column. Then one line per sector:
/// its code in the first cell, then A[row, column] for each column of the header. Every header
/// sector has exactly one row; rows may come in any order. Numbers use a dot for decimals and may
/// have an exponent (<c>1.5e-3</c>).
/// </summary>
/// <example>
/// <code>
/// sector,agriculture,manufacturing
/// agriculture,0.15,0.25
/// manufacturing,0.20,0.05
/// </code>
/// </example>
public static class CoefficientsCsv
{
    /// <summary>Reads a table; refuses one that is not square, a cell that is not a number, a missing or repeated sector.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The name of the source for messages, such as the file name.</param>
    public static TechnicalCoefficients Read(TextReader reader, string source = "csv")
    {
        string[]? codes = null;
        var header = 0;
        var rows = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var (line, text) in TableText.Lines(reader))
        {
            var cells = text.Split(',').Select(c => c.Trim()).ToArray();
            if (codes is null)
            {
                codes = cells[1..];
                header = line;
                if (codes.Length == 0)
                    throw TableText.Refuse("the header names no sectors.", source, line);
                for (var j = 0; j < codes.Length; j++)
                {
                    if (codes[j].Length == 0)
                        throw TableText.Refuse("a sector code is blank.", source, line, j + 2);
                    if (Array.IndexOf(codes, codes[j]) != j)
                        throw TableText.Refuse($"the sector '{codes[j]}' is named twice.", source, line, j + 2);
                }
                continue;
            }
            var code = cells[0];
            if (Array.IndexOf(codes, code) < 0)
                throw TableText.Refuse($"'{code}' is not a sector of the header.", source, line, 1);
            if (rows.ContainsKey(code))
                throw TableText.Refuse($"the sector '{code}' has a second row.", source, line, 1);
            if (cells.Length != codes.Length + 1)
                throw TableText.Refuse($"the row has {cells.Length - 1} coefficients; the header has {codes.Length} sectors, so the table is not square.", source, line);
            rows[code] = [.. cells.Skip(1).Select((c, j) => TableText.Number(c, source, line, j + 2))];
        }
        if (codes is null)
            throw new RuleViolation(Rules.PayloadInvalid, $"{source} has no header.", source);
        var missing = codes.FirstOrDefault(c => !rows.ContainsKey(c));
        if (missing is not null)
            throw TableText.Refuse($"the sector '{missing}' has no row.", source, header);
        var matrix = Matrix.FromRows([.. codes.Select(c => (IReadOnlyList<double>)rows[c])]);
        return new TechnicalCoefficients([.. codes.Select(c => new Sector(c, c))], matrix);
    }
}
