namespace Councils.Domain.Planning.Lp;

/// <summary>One line of the BOUNDS section: a type, an optional set name, a column and a value when the type takes one.</summary>
internal sealed class MpsBound
{
    private readonly string type, set, column, value;
    private readonly int line;

    public MpsBound(string[] fields, bool positional, int n)
    {
        line = n;
        if (positional)
        {
            (type, set, column, value) = (fields[0].ToUpperInvariant(), fields[1], fields[2], fields[3]);
            return;
        }
        type = fields.Length > 0 ? fields[0].ToUpperInvariant() : "";
        var takesValue = type is "UP" or "LO" or "FX" or "LI" or "UI";
        (set, column, value) = (fields.Length, takesValue, type) switch
        {
            (4, true, _) or (4, false, "BV") => (fields[1], fields[2], fields[3]),
            (3, true, _) => ("", fields[1], fields[2]),
            (3, false, "BV") => ("", fields[1], fields[2]),
            (3, false, _) => (fields[1], fields[2], ""),
            (2, false, _) => ("", fields[1], ""),
            _ => ("", "", ""),
        };
    }

    public void Apply(MpsParser parser)
    {
        if (type is not ("UP" or "LO" or "FX" or "FR" or "MI" or "PL" or "BV" or "LI" or "UI"))
            throw MpsReader.Error(line, "type", $"'{type}' is not a bound type: the types are UP, LO, FX, FR, MI, PL, BV, LI and UI.");
        if (column.Length == 0)
            throw MpsReader.Error(line, "fields", $"a {type} bound names a column{(type is "FR" or "MI" or "PL" ? "" : " and a value")}.");
        if (type is "BV" && !parser.IsColumn(column) && parser.IsColumn(value))
        {
            // "BV set column": the last field was the column after all.
            if (!parser.SameSet(2, column)) return;
            Set(parser, parser.ColumnOf(value, line), "", "BV");
            return;
        }
        if (!parser.SameSet(2, set))
            return;
        Set(parser, parser.ColumnOf(column, line), value, type);
    }

    private void Set(MpsParser parser, int j, string text, string kind)
    {
        var program = parser.Program;
        var (lower, upper) = program.ColumnBounds(j);
        double Value() => text.Length == 0
            ? throw MpsReader.Error(line, "value", $"a {kind} bound has a value.")
            : MpsReader.Number(text, line, "value");
        switch (kind)
        {
            case "UP" or "UI":
                upper = Value();
                if (upper < 0 && lower == 0)
                {
                    // The classic rule (SAS's MPS documentation states it; see docs/planning.md): a negative upper bound on a column whose lower bound is 0 makes the lower bound −∞.
                    lower = double.NegativeInfinity;
                    program.AddWarning($"Line {line}: column {program.ColumnNames[j]} has the negative upper bound {upper} and lower bound 0; its lower bound is taken as -infinity.");
                }
                break;
            case "LO" or "LI": lower = Value(); break;
            case "FX": lower = upper = Value(); break;
            case "FR": (lower, upper) = (double.NegativeInfinity, double.PositiveInfinity); break;
            case "MI": lower = double.NegativeInfinity; break;
            case "PL": upper = double.PositiveInfinity; break;
            default: (lower, upper) = (0, 1); break;
        }
        if (kind is "BV" or "LI" or "UI")
            parser.Program.SetInteger(j);
        program.SetColumnBounds(j, lower, upper);
    }
}
