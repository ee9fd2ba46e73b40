namespace Councils.Domain.Planning.InputOutput;

/// <summary>
/// Reads named blocks of numbers, the layout of the Miller &amp; Blair reference file: a line
/// holding only a name (such as <c>A</c> or <c>x_new</c>) starts a block, and each following line
/// of space-separated numbers is a row of it; <c>#</c> starts a comment line. A vector is a block
/// of one row.
/// </summary>
public static class MatrixBlocks
{
    /// <summary>Reads every block; refuses a number before any name, a non-number, rows of unequal length, a name used twice.</summary>
    public static IReadOnlyDictionary<string, Matrix> Read(TextReader reader, string source = "blocks")
    {
        var blocks = new Dictionary<string, List<IReadOnlyList<double>>>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        List<IReadOnlyList<double>>? current = null;
        foreach (var (line, text) in TableText.Lines(reader))
        {
            var cells = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length == 1 && (char.IsLetter(cells[0][0]) || cells[0][0] == '_'))
            {
                if (blocks.ContainsKey(cells[0]))
                    throw TableText.Refuse($"the block '{cells[0]}' is named twice.", source, line);
                current = [];
                blocks[cells[0]] = current;
                firstLine[cells[0]] = line;
                continue;
            }
            if (current is null)
                throw TableText.Refuse("numbers before any block name.", source, line);
            current.Add([.. cells.Select((c, j) => TableText.Number(c, source, line, j + 1))]);
        }
        var result = new Dictionary<string, Matrix>(StringComparer.Ordinal);
        foreach (var (name, rows) in blocks)
        {
            if (rows.Count == 0 || rows.Any(r => r.Count != rows[0].Count))
                throw TableText.Refuse($"the block '{name}' is empty or has rows of unequal length.", source, firstLine[name]);
            result[name] = Matrix.FromRows(rows);
        }
        return result;
    }
}
