namespace Councils.Domain.Planning.Lp;

/// <summary>The state of one reading of an MPS file, line by line; <see cref="MpsReader"/> is its front.</summary>
internal sealed class MpsParser(MpsFormat format)
{
    private readonly LinearProgramBuilder program = new();
    private readonly Dictionary<string, int> rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> columns = new(StringComparer.Ordinal);
    private readonly HashSet<string> droppedRows = new(StringComparer.Ordinal);
    private readonly HashSet<(int, int)> entries = [];
    private readonly List<char> senses = [];
    private readonly List<double> rhs = [];
    private readonly List<double> ranges = [];
    private readonly string?[] sets = new string?[3];
    private string section = "";
    private string? objective;
    private bool integerMarker, integerSeen, maximise, ended;

    public void Line(string line, int n)
    {
        if (line.Length == 0 || line[0] == '*' || string.IsNullOrWhiteSpace(line))
            return;
        if (ended)
            throw MpsReader.Error(n, "section", "text after ENDATA.");
        if (line[0] is not (' ' or '\t'))
            Header(line, n);
        else
            Data(line, n);
    }

    private void Header(string line, int n)
    {
        var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        section = words[0].ToUpperInvariant();
        switch (section)
        {
            case "NAME":
                program.Name = format == MpsFormat.Fixed && line.Length > 4 ? line[4..].Trim() : words.Length > 1 ? words[1] : "";
                break;
            case "OBJSENSE" or "OBJSENS":
                if (words.Length > 1)
                    Sense(words[1], n);
                break;
            case "OBJNAME":
                if (words.Length > 1)
                    objective = words[1];
                break;
            case "ROWS" or "COLUMNS" or "RHS" or "RANGES" or "BOUNDS":
                break;
            case "ENDATA":
                ended = true;
                break;
            default:
                throw MpsReader.Error(n, "section", $"'{words[0]}' is not a section of MPS: the sections are NAME, ROWS, COLUMNS, RHS, RANGES, BOUNDS, ENDATA (and OBJSENSE, OBJNAME).");
        }
    }

    private void Sense(string word, int n) => maximise = word.ToUpperInvariant() switch
    {
        "MAX" or "MAXIMIZE" or "MAXIMISE" => true,
        "MIN" or "MINIMIZE" or "MINIMISE" => false,
        _ => throw MpsReader.Error(n, "objsense", $"'{word}' is not an objective sense: it is MIN or MAX."),
    };

    private void Data(string line, int n)
    {
        var fields = MpsReader.Fields(line, format, out var positional);
        switch (section)
        {
            case "ROWS": Row(fields, n); break;
            case "COLUMNS": Column(fields, positional, n); break;
            case "RHS": RightHandSide(fields, positional, n, 0); break;
            case "RANGES": RightHandSide(fields, positional, n, 1); break;
            case "BOUNDS": new MpsBound(fields, positional, n).Apply(this); break;
            case "OBJSENSE" or "OBJSENS": Sense(fields.First(f => f.Length > 0), n); break;
            case "OBJNAME": objective = fields.First(f => f.Length > 0); break;
            default: throw MpsReader.Error(n, "section", "a data line outside any section that holds data.");
        }
    }

    private void Row(string[] fields, int n)
    {
        if (fields.Length < 2 || fields[0].Length != 1 || fields[1].Length == 0)
            throw MpsReader.Error(n, "row", "a row is a type (N, E, L or G) and a name.");
        var name = fields[1];
        if (rows.ContainsKey(name) || name == objective || droppedRows.Contains(name))
            throw MpsReader.Error(n, "row", $"row {name} is named twice.");
        var sense = char.ToUpperInvariant(fields[0][0]);
        switch (sense)
        {
            case 'N' when objective is null || objective == name:
                objective = name;
                break;
            case 'N':
                droppedRows.Add(name);
                program.AddWarning($"Row {name} is a second N row; it and its entries are dropped.");
                break;
            case 'E' or 'L' or 'G':
                rows[name] = program.AddRow(name, 0, 0);
                senses.Add(sense);
                rhs.Add(0);
                ranges.Add(double.NaN);
                break;
            default:
                throw MpsReader.Error(n, "row", $"'{fields[0]}' is not a row type: a row is N, E, L or G.");
        }
    }

    private void Column(string[] fields, bool positional, int n)
    {
        if (Array.FindIndex(fields, f => f == "'MARKER'") > 0)
        {
            if (Array.Exists(fields, f => f == "'INTORG'"))
                integerMarker = integerSeen = true;
            else if (Array.Exists(fields, f => f == "'INTEND'"))
                integerMarker = false;
            else
                throw MpsReader.Error(n, "marker", "a MARKER line is 'INTORG' or 'INTEND'.");
            return;
        }
        var pairs = Pairs(fields, positional, n, setOptional: false, out var name);
        if (!columns.TryGetValue(name, out var column))
        {
            column = columns[name] = program.AddColumn(name, 0, integer: integerMarker);
        }
        foreach (var (rowName, text) in pairs)
        {
            var value = MpsReader.Number(text, n, "value");
            if (!double.IsFinite(value))
                throw MpsReader.Error(n, "value", $"the entry of column {name} in row {rowName} is not finite.");
            if (rowName == objective)
            {
                if (!entries.Add((-1, column)))
                    throw MpsReader.Error(n, "row", $"column {name} names the objective {rowName} twice.");
                program.SetCost(column, value);
            }
            else if (rows.TryGetValue(rowName, out var row))
            {
                if (!entries.Add((row, column)))
                    throw MpsReader.Error(n, "row", $"column {name} names row {rowName} twice.");
                program.AddEntry(row, column, value);
            }
            else if (!droppedRows.Contains(rowName))
                throw MpsReader.Error(n, "row", $"column {name} names row {rowName}, which ROWS does not list.");
        }
    }

    private void RightHandSide(string[] fields, bool positional, int n, int kind)
    {
        var pairs = Pairs(fields, positional, n, setOptional: true, out var set);
        if (!SameSet(kind, set))
            return;
        foreach (var (rowName, text) in pairs)
        {
            var value = MpsReader.Number(text, n, "value");
            var what = kind == 0 ? "RHS" : "RANGES";
            if (rowName == objective || droppedRows.Contains(rowName))
            {
                if (kind == 1)
                    throw MpsReader.Error(n, "row", $"RANGES names {rowName}, an N row, which has no range.");
                if (rowName == objective)
                    program.ObjectiveConstant = -value;
            }
            else if (rows.TryGetValue(rowName, out var row))
            {
                if (!double.IsFinite(value))
                    throw MpsReader.Error(n, "value", $"the {what} of row {rowName} is not finite.");
                (kind == 0 ? rhs : ranges)[row] = value;
            }
            else
                throw MpsReader.Error(n, "row", $"{what} names row {rowName}, which ROWS does not list.");
        }
    }

    /// <summary>Whether a line belongs to the first set of its section (0 RHS, 1 RANGES, 2 BOUNDS); lines of later sets are skipped.</summary>
    internal bool SameSet(int kind, string set)
    {
        sets[kind] ??= set;
        if (sets[kind] == set)
            return true;
        var warning = $"Only the first set of {(kind == 0 ? "RHS" : kind == 1 ? "RANGES" : "BOUNDS")} is read; set {set} is skipped.";
        if (!program.Warnings.Contains(warning))
            program.AddWarning(warning);
        return false;
    }

    /// <summary>The (row, value) pairs of a COLUMNS, RHS or RANGES line and the name before them.</summary>
    private static List<(string Row, string Value)> Pairs(string[] fields, bool positional, int n, bool setOptional, out string name)
    {
        var pairs = new List<(string, string)>();
        int first;
        if (positional)
        {
            if (fields[0].Length > 0)
                throw MpsReader.Error(n, "field1", $"'{fields[0]}' in columns 2-3, which are blank in this section.");
            name = fields[1];
            first = 2;
        }
        else if (setOptional && fields.Length % 2 == 0)
        {
            name = "";
            first = 0;
        }
        else
        {
            name = fields.Length > 0 ? fields[0] : "";
            first = 1;
        }
        var count = positional ? (fields[4].Length > 0 || fields[5].Length > 0 ? 4 : 2) : fields.Length - first;
        if (!setOptional && name.Length == 0)
            throw MpsReader.Error(n, "column", "a COLUMNS line begins with the column's name.");
        if (count is not (2 or 4))
            throw MpsReader.Error(n, "fields", $"the line has {count} fields after its name; it holds one or two pairs of a row and a value.");
        for (var k = first; k < first + count; k += 2)
        {
            if (fields[k].Length == 0 || fields[k + 1].Length == 0)
                throw MpsReader.Error(n, k == first ? "field3" : "field5", "a row name with no value, or a value with no row name.");
            pairs.Add((fields[k], fields[k + 1]));
        }
        return pairs;
    }

    internal int ColumnOf(string name, int n) => columns.TryGetValue(name, out var column)
        ? column
        : throw MpsReader.Error(n, "column", $"BOUNDS names column {name}, which COLUMNS does not list.");

    internal bool IsColumn(string name) => columns.ContainsKey(name);

    internal LinearProgramBuilder Program => program;

    public LinearProgram Finish(int lines)
    {
        if (!ended)
            throw MpsReader.Error(lines, "section", "the file ends without ENDATA.");
        if (objective is null)
            throw MpsReader.Error(lines, "row", "ROWS has no N row, so there is no objective.");
        program.ObjectiveName = objective;
        for (var r = 0; r < senses.Count; r++)
        {
            double b = rhs[r], range = ranges[r];
            var ranged = !double.IsNaN(range);
            var (lower, upper) = senses[r] switch
            {
                'E' when ranged && range > 0 => (b, b + range),
                'E' when ranged && range < 0 => (b + range, b),
                'E' => (b, b),
                'L' => (ranged ? b - Math.Abs(range) : double.NegativeInfinity, b),
                _ => (b, ranged ? b + Math.Abs(range) : double.PositiveInfinity),
            };
            program.SetRowBounds(r, lower, upper);
        }
        if (integerSeen)
            program.AddWarning("Some columns are marked integer; the linear program ignores integrality.");
        if (maximise)
        {
            program.WasMaximisation = true;
            program.ObjectiveConstant = -program.ObjectiveConstant;
            for (var j = 0; j < program.ColumnCount; j++)
                program.SetCost(j, -program.Cost[j]);
        }
        return program.Build();
    }
}
