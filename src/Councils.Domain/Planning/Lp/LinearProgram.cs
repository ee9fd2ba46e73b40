namespace Councils.Domain.Planning.Lp;

/// <summary>
/// A linear program: minimise cᵀx + <see cref="ObjectiveConstant"/> subject to row activities
/// <c>RowLower[r] ≤ a_rᵀx ≤ RowUpper[r]</c> and column bounds <c>ColumnLower[j] ≤ x_j ≤ ColumnUpper[j]</c>.
/// </summary>
/// <remarks>
/// Equality, ≥, ≤ and ranged rows are all a pair of row bounds; a missing bound is ±∞. The matrix is held
/// once by columns (CSC) and once by rows (CSR), both built when the program is made, so that a solver can
/// form A·x and Aᵀ·y without per-entry objects. Entries within a column (CSC) are in increasing row order
/// and within a row (CSR) in increasing column order. A maximisation is stored as the minimisation of its
/// negation, with <see cref="WasMaximisation"/> set so output can report the original sense.
/// The program is immutable: the spans it hands out are views of its own arrays.
/// </remarks>
public sealed class LinearProgram
{
    private readonly double[] cost, rowLower, rowUpper, columnLower, columnUpper;
    private readonly int[] columnStarts, columnRows, rowStarts, rowColumns;
    private readonly double[] columnValues, rowValues;
    private readonly bool[] integer;

    private LinearProgram(LinearProgramBuilder b, int[] columnStarts, int[] columnRows, double[] columnValues)
    {
        Name = b.Name;
        ObjectiveName = b.ObjectiveName;
        RowNames = [.. b.RowNames];
        ColumnNames = [.. b.ColumnNames];
        cost = [.. b.Cost];
        rowLower = [.. b.RowLower];
        rowUpper = [.. b.RowUpper];
        columnLower = [.. b.ColumnLower];
        columnUpper = [.. b.ColumnUpper];
        integer = [.. b.Integer];
        ObjectiveConstant = b.ObjectiveConstant;
        WasMaximisation = b.WasMaximisation;
        Warnings = [.. b.Warnings];
        this.columnStarts = columnStarts;
        this.columnRows = columnRows;
        this.columnValues = columnValues;
        (rowStarts, rowColumns, rowValues) = Transpose(RowNames.Count, ColumnNames.Count, columnStarts, columnRows, columnValues);
    }

    private LinearProgram(
        string name, IReadOnlyList<string> rowNames, IReadOnlyList<string> columnNames, double[] cost, bool wasMaximisation,
        double[] rowLower, double[] rowUpper, double[] columnLower, double[] columnUpper,
        int[] columnStarts, int[] columnRows, double[] columnValues)
    {
        Name = name;
        ObjectiveName = "OBJECTIVE";
        RowNames = rowNames;
        ColumnNames = columnNames;
        this.cost = cost;
        this.rowLower = rowLower;
        this.rowUpper = rowUpper;
        this.columnLower = columnLower;
        this.columnUpper = columnUpper;
        integer = new bool[columnNames.Count];
        WasMaximisation = wasMaximisation;
        Warnings = [];
        this.columnStarts = columnStarts;
        this.columnRows = columnRows;
        this.columnValues = columnValues;
        (rowStarts, rowColumns, rowValues) = Transpose(RowNames.Count, ColumnNames.Count, columnStarts, columnRows, columnValues);
    }

    private LinearProgram(LinearProgram p, double[] cost, double objectiveConstant, double[] rowLower)
    {
        (Name, ObjectiveName, RowNames, ColumnNames, ObjectiveConstant, WasMaximisation, Warnings) =
            (p.Name, p.ObjectiveName, p.RowNames, p.ColumnNames, objectiveConstant, p.WasMaximisation, p.Warnings);
        this.cost = cost;
        this.rowLower = rowLower;
        (rowUpper, columnLower, columnUpper, integer) = (p.rowUpper, p.columnLower, p.columnUpper, p.integer);
        (columnStarts, columnRows, columnValues) = (p.columnStarts, p.columnRows, p.columnValues);
        (rowStarts, rowColumns, rowValues) = (p.rowStarts, p.rowColumns, p.rowValues);
    }

    /// <summary>The same constraints with a zero objective: the feasibility problem. It shares this program's arrays.</summary>
    internal LinearProgram WithoutObjective() => new(this, new double[ColumnCount], 0, rowLower);

    /// <summary>The same program with row <paramref name="row"/>'s lower bound moved to <paramref name="lower"/>; it shares the other arrays.</summary>
    internal LinearProgram WithRowLower(int row, double lower)
    {
        var bounds = (double[])rowLower.Clone();
        bounds[row] = lower;
        return new LinearProgram(this, cost, ObjectiveConstant, bounds);
    }

    /// <summary>The program's name (MPS NAME), possibly empty.</summary>
    public string Name { get; }

    /// <summary>The name of the objective row.</summary>
    public string ObjectiveName { get; }

    /// <summary>The names of the rows (constraints), objective excluded, in order.</summary>
    public IReadOnlyList<string> RowNames { get; }

    /// <summary>The names of the columns (variables), in order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>The number of rows, objective excluded.</summary>
    public int RowCount => RowNames.Count;

    /// <summary>The number of columns.</summary>
    public int ColumnCount => ColumnNames.Count;

    /// <summary>The number of stored entries of the constraint matrix (objective excluded).</summary>
    public int NonZeroCount => columnRows.Length;

    /// <summary>The objective's coefficients c, one per column (of the minimisation).</summary>
    public ReadOnlySpan<double> Cost => cost;

    /// <summary>The constant added to cᵀx. In MPS it is the negated RHS of the objective row.</summary>
    public double ObjectiveConstant { get; }

    /// <summary>True when the source asked to maximise: c and the constant were negated to make a minimisation.</summary>
    public bool WasMaximisation { get; }

    /// <summary>The lower bounds of the row activities; −∞ for none.</summary>
    public ReadOnlySpan<double> RowLower => rowLower;

    /// <summary>The upper bounds of the row activities; +∞ for none.</summary>
    public ReadOnlySpan<double> RowUpper => rowUpper;

    /// <summary>The lower bounds of the columns; −∞ for none.</summary>
    public ReadOnlySpan<double> ColumnLower => columnLower;

    /// <summary>The upper bounds of the columns; +∞ for none.</summary>
    public ReadOnlySpan<double> ColumnUpper => columnUpper;

    /// <summary>Whether each column was marked integer in the source. The LP ignores it; it is kept so it is not lost.</summary>
    public ReadOnlySpan<bool> IsInteger => integer;

    /// <summary>CSC: column j's entries are at indices <c>ColumnStarts[j]</c> to <c>ColumnStarts[j+1]-1</c>.</summary>
    public ReadOnlySpan<int> ColumnStarts => columnStarts;

    /// <summary>CSC: the row of each entry.</summary>
    public ReadOnlySpan<int> ColumnRowIndices => columnRows;

    /// <summary>CSC: the value of each entry.</summary>
    public ReadOnlySpan<double> ColumnValues => columnValues;

    /// <summary>CSR: row r's entries are at indices <c>RowStarts[r]</c> to <c>RowStarts[r+1]-1</c>.</summary>
    public ReadOnlySpan<int> RowStarts => rowStarts;

    /// <summary>CSR: the column of each entry.</summary>
    public ReadOnlySpan<int> RowColumnIndices => rowColumns;

    /// <summary>CSR: the value of each entry.</summary>
    public ReadOnlySpan<double> RowValues => rowValues;

    /// <summary>What the source did that a reader accepted but a person should know (such as a negative UP bound).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>cᵀx plus the objective constant, in the minimisation's sense.</summary>
    public double ObjectiveValue(ReadOnlySpan<double> x)
    {
        if (x.Length != ColumnCount)
            throw new ArgumentException($"x has {x.Length} entries; the program has {ColumnCount} columns.", nameof(x));
        var sum = ObjectiveConstant;
        for (var j = 0; j < x.Length; j++)
            sum += cost[j] * x[j];
        return sum;
    }

    /// <summary>Writes A·x into <paramref name="activity"/> (one entry per row).</summary>
    public void Multiply(ReadOnlySpan<double> x, Span<double> activity)
    {
        if (x.Length != ColumnCount || activity.Length != RowCount)
            throw new ArgumentException("x needs one entry per column and activity one per row.", nameof(x));
        for (var r = 0; r < RowCount; r++)
        {
            var sum = 0.0;
            for (var k = rowStarts[r]; k < rowStarts[r + 1]; k++)
                sum += rowValues[k] * x[rowColumns[k]];
            activity[r] = sum;
        }
    }

    /// <summary>Writes Aᵀ·y into <paramref name="result"/> (one entry per column).</summary>
    public void MultiplyTransposed(ReadOnlySpan<double> y, Span<double> result)
    {
        if (y.Length != RowCount || result.Length != ColumnCount)
            throw new ArgumentException("y needs one entry per row and result one per column.", nameof(y));
        for (var j = 0; j < ColumnCount; j++)
        {
            var sum = 0.0;
            for (var k = columnStarts[j]; k < columnStarts[j + 1]; k++)
                sum += columnValues[k] * y[columnRows[k]];
            result[j] = sum;
        }
    }

    /// <summary>Builds the program from a builder's entries; duplicate (row, column) entries and non-finite values are refused.</summary>
    internal static LinearProgram From(LinearProgramBuilder b)
    {
        int m = b.RowNames.Count, n = b.ColumnNames.Count;
        var starts = new int[n + 1];
        foreach (var (_, column, _) in b.Entries)
            starts[column + 1]++;
        for (var j = 0; j < n; j++)
            starts[j + 1] += starts[j];
        var next = (int[])starts.Clone();
        var rows = new int[b.Entries.Count];
        var values = new double[b.Entries.Count];
        foreach (var (row, column, value) in b.Entries)
        {
            if ((uint)row >= (uint)m || (uint)column >= (uint)n)
                throw new ArgumentOutOfRangeException(nameof(b), $"An entry at ({row}, {column}) is outside the {m}×{n} matrix.");
            rows[next[column]] = row;
            values[next[column]++] = value;
        }
        for (var j = 0; j < n; j++)
        {
            Array.Sort(rows, values, starts[j], starts[j + 1] - starts[j]);
            for (var k = starts[j] + 1; k < starts[j + 1]; k++)
            {
                if (rows[k] == rows[k - 1])
                    throw new RuleViolation(Rules.PayloadInvalid,
                        $"Column {b.ColumnNames[j]} has two entries in row {b.RowNames[rows[k]]}; a column names a row once.", "columns");
            }
        }
        return new LinearProgram(b, starts, rows, values);
    }

    /// <summary>
    /// Makes a program straight from its CSC arrays, which it keeps (the caller hands them over and must not change
    /// them): the way for callers that already hold a large matrix by columns, without a builder's per-entry lists.
    /// Entries within a column must be in strictly increasing row order; values finite (checked).
    /// </summary>
    internal static LinearProgram FromColumns(
        string name, IReadOnlyList<string> rowNames, IReadOnlyList<string> columnNames, double[] cost, bool wasMaximisation,
        double[] rowLower, double[] rowUpper, double[] columnLower, double[] columnUpper,
        int[] columnStarts, int[] columnRows, double[] columnValues)
    {
        int m = rowNames.Count, n = columnNames.Count;
        if (cost.Length != n || columnLower.Length != n || columnUpper.Length != n || columnStarts.Length != n + 1
            || rowLower.Length != m || rowUpper.Length != m || columnRows.Length != columnValues.Length || columnStarts[n] != columnRows.Length)
            throw new ArgumentException("The arrays do not fit the program's rows and columns.", nameof(columnStarts));
        for (var j = 0; j < n; j++)
        {
            for (var k = columnStarts[j]; k < columnStarts[j + 1]; k++)
            {
                if ((uint)columnRows[k] >= (uint)m || (k > columnStarts[j] && columnRows[k] <= columnRows[k - 1]) || !double.IsFinite(columnValues[k]))
                    throw new ArgumentException($"Column {j} has an entry out of range, out of order or not finite.", nameof(columnRows));
            }
        }
        return new LinearProgram(name, rowNames, columnNames, cost, wasMaximisation, rowLower, rowUpper, columnLower, columnUpper, columnStarts, columnRows, columnValues);
    }

    private static (int[] Starts, int[] Columns, double[] Values) Transpose(int m, int n, int[] cStarts, int[] cRows, double[] cValues)
    {
        var starts = new int[m + 1];
        foreach (var r in cRows)
            starts[r + 1]++;
        for (var r = 0; r < m; r++)
            starts[r + 1] += starts[r];
        var next = (int[])starts.Clone();
        var columns = new int[cRows.Length];
        var values = new double[cRows.Length];
        for (var j = 0; j < n; j++)
        {
            for (var k = cStarts[j]; k < cStarts[j + 1]; k++)
            {
                var at = next[cRows[k]]++;
                columns[at] = j;
                values[at] = cValues[k];
            }
        }
        return (starts, columns, values);
    }
}
