namespace Councils.Domain.Planning.Lp;

/// <summary>
/// Collects the rows, columns and entries of a <see cref="LinearProgram"/>, which <see cref="Build"/> then
/// makes once, with its matrix in both orientations.
/// </summary>
public sealed class LinearProgramBuilder
{
    internal List<string> RowNames { get; } = [];
    internal List<string> ColumnNames { get; } = [];
    internal List<double> RowLower { get; } = [];
    internal List<double> RowUpper { get; } = [];
    internal List<double> ColumnLower { get; } = [];
    internal List<double> ColumnUpper { get; } = [];
    internal List<double> Cost { get; } = [];
    internal List<bool> Integer { get; } = [];
    internal List<(int Row, int Column, double Value)> Entries { get; } = [];
    internal List<string> Warnings { get; } = [];

    /// <summary>The program's name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The name of the objective row.</summary>
    public string ObjectiveName { get; set; } = "COST";

    /// <summary>The constant added to cᵀx.</summary>
    public double ObjectiveConstant { get; set; }

    /// <summary>Whether the source maximised (c and the constant given here are already negated).</summary>
    public bool WasMaximisation { get; set; }

    /// <summary>The number of rows added so far.</summary>
    public int RowCount => RowNames.Count;

    /// <summary>The number of columns added so far.</summary>
    public int ColumnCount => ColumnNames.Count;

    /// <summary>Adds a row <c>lower ≤ aᵀx ≤ upper</c> and returns its index.</summary>
    public int AddRow(string name, double lower, double upper)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (double.IsNaN(lower) || double.IsNaN(upper))
            throw new ArgumentException($"Row {name} has a bound that is not a number.", nameof(lower));
        RowNames.Add(name);
        RowLower.Add(lower);
        RowUpper.Add(upper);
        return RowNames.Count - 1;
    }

    /// <summary>Adds a column with its objective coefficient and bounds and returns its index.</summary>
    public int AddColumn(string name, double cost, double lower = 0, double upper = double.PositiveInfinity, bool integer = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!double.IsFinite(cost) || double.IsNaN(lower) || double.IsNaN(upper))
            throw new ArgumentException($"Column {name} has a cost that is not finite or a bound that is not a number.", nameof(cost));
        ColumnNames.Add(name);
        Cost.Add(cost);
        ColumnLower.Add(lower);
        ColumnUpper.Add(upper);
        Integer.Add(integer);
        return ColumnNames.Count - 1;
    }

    /// <summary>Adds the entry a[row, column] = value; an exact zero is not stored.</summary>
    public void AddEntry(int row, int column, double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException($"The entry at ({row}, {column}) is not finite.", nameof(value));
        if (value != 0)
            Entries.Add((row, column, value));
    }

    /// <summary>Records something a person should know about the source.</summary>
    public void AddWarning(string warning) => Warnings.Add(warning);

    internal void SetCost(int column, double value) => Cost[column] = value;

    internal void SetRowBounds(int row, double lower, double upper)
    {
        RowLower[row] = lower;
        RowUpper[row] = upper;
    }

    internal (double Lower, double Upper) RowBounds(int row) => (RowLower[row], RowUpper[row]);

    internal (double Lower, double Upper) ColumnBounds(int column) => (ColumnLower[column], ColumnUpper[column]);

    internal void SetColumnBounds(int column, double lower, double upper)
    {
        ColumnLower[column] = lower;
        ColumnUpper[column] = upper;
    }

    internal void SetInteger(int column) => Integer[column] = true;

    /// <summary>Makes the program.</summary>
    public LinearProgram Build() => LinearProgram.From(this);
}
