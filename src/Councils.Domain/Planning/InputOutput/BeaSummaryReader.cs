using System.Globalization;

namespace Councils.Domain.Planning.InputOutput;

/// <summary>
/// Reads the text files of BEA's 1997 benchmark input-output accounts, summary level: the code list
/// (<c>"code","description"</c> per line) and the tables (<c>row,column,table,value</c> per line,
/// comma-separated, cells not listed are zero).
/// </summary>
public static class BeaSummaryReader
{
    /// <summary>Reads <c>IO-CodeSummary.txt</c>: the codes and names, in BEA's order.</summary>
    public static IReadOnlyList<Sector> ReadCodes(TextReader reader, string source = "IO-CodeSummary.txt")
    {
        var codes = new List<Sector>();
        foreach (var (line, text) in TableText.Lines(reader))
        {
            var comma = text.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0)
                throw TableText.Refuse("expected \"code\",\"description\".", source, line);
            var code = text[..comma].Trim().Trim('"');
            if (code.Length == 0)
                throw TableText.Refuse("the code is blank.", source, line, 1);
            codes.Add(new Sector(code, text[(comma + 1)..].Trim().Trim('"')));
        }
        return codes;
    }

    /// <summary>Reads a table file such as <c>IOMakeSummary.txt</c>; refuses a line without four fields or with a non-number, or a cell listed twice.</summary>
    public static IReadOnlyList<BeaCell> ReadCells(TextReader reader, string source)
    {
        var cells = new List<BeaCell>();
        var seen = new HashSet<(string, string)>();
        foreach (var (line, text) in TableText.Lines(reader))
        {
            var fields = text.Split(',');
            if (fields.Length != 4)
                throw TableText.Refuse($"expected row,column,table,value; found {fields.Length} fields.", source, line);
            var row = fields[0].Trim();
            var column = fields[1].Trim();
            if (row.Length == 0 || column.Length == 0)
                throw TableText.Refuse("a code is blank.", source, line, row.Length == 0 ? 1 : 2);
            if (!int.TryParse(fields[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var table))
                throw TableText.Refuse($"'{fields[2].Trim()}' is not a table number.", source, line, 3);
            if (!seen.Add((row, column)))
                throw TableText.Refuse($"the cell {row},{column} is listed twice.", source, line);
            cells.Add(new BeaCell(row, column, table, TableText.Number(fields[3], source, line, 4)));
        }
        return cells;
    }

    /// <summary>Reads the code list, the make table and the direct requirements from a folder of BEA's files.</summary>
    public static BeaSummaryAccounts ReadFolder(string folder)
    {
        using var codes = File.OpenText(Path.Combine(folder, "IO-CodeSummary.txt"));
        using var make = File.OpenText(Path.Combine(folder, "IOMakeSummary.txt"));
        using var direct = File.OpenText(Path.Combine(folder, "IODirectRequirements.txt"));
        return new BeaSummaryAccounts(
            ReadCodes(codes),
            ReadCells(make, "IOMakeSummary.txt"),
            ReadCells(direct, "IODirectRequirements.txt"));
    }

    /// <summary>Lays cells out as a matrix over given row and column codes; refuses a cell whose code is not among them.</summary>
    public static Matrix Layout(IReadOnlyList<BeaCell> cells, IReadOnlyList<Sector> rows, IReadOnlyList<Sector> columns, string source)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        var rowIndex = Index(rows);
        var columnIndex = Index(columns);
        var matrix = new double[rows.Count, columns.Count];
        foreach (var cell in cells)
        {
            if (!rowIndex.TryGetValue(cell.Row, out var i))
                throw new RuleViolation(Rules.PayloadInvalid, $"{source}: the row code '{cell.Row}' is not a sector of the table.", $"{source}:{cell.Row}");
            if (!columnIndex.TryGetValue(cell.Column, out var j))
                throw new RuleViolation(Rules.PayloadInvalid, $"{source}: the column code '{cell.Column}' is not a sector of the table.", $"{source}:{cell.Column}");
            matrix[i, j] = cell.Value;
        }
        return Matrix.Own(matrix);
    }

    private static Dictionary<string, int> Index(IReadOnlyList<Sector> sectors) =>
        sectors.Select((s, i) => (s.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
}
