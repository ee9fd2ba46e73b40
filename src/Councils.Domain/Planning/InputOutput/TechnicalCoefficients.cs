namespace Councils.Domain.Planning.InputOutput;

/// <summary>
/// A table of technical coefficients: A[i, j] is what sector j needs from sector i to make one unit
/// of its own output. For a final demand f the gross output x satisfies x = A x + f, so
/// x = (I − A)^-1 f, and L = (I − A)^-1 is the total requirements (Leontief inverse) matrix.
/// </summary>
/// <remarks>
/// Both ways of computing are offered: directly, by an LU decomposition with partial pivoting of
/// I − A; and iteratively, by the power series I + A + A² + … (rounds of "make the inputs of the
/// last round's output"), which converges when the table is productive (spectral radius of A below 1).
/// </remarks>
public sealed class TechnicalCoefficients
{
    private const int MaxIterations = 100_000;
    private readonly Sector[] sectors;

    /// <summary>Makes a table; refuses one whose matrix is not square, or does not fit the sectors, or repeats a code.</summary>
    public TechnicalCoefficients(IReadOnlyList<Sector> sectors, Matrix coefficients)
    {
        ArgumentNullException.ThrowIfNull(sectors);
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Rows != coefficients.Columns)
            throw new RuleViolation(Rules.PayloadInvalid, $"A table of technical coefficients is {coefficients.Rows}×{coefficients.Columns}, not square.", "coefficients");
        if (coefficients.Rows != sectors.Count)
            throw new RuleViolation(Rules.PayloadInvalid, $"A table of {sectors.Count} sectors has a {coefficients.Rows}×{coefficients.Columns} matrix.", "sectors");
        var duplicate = sectors.GroupBy(s => s.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new RuleViolation(Rules.PayloadInvalid, $"The sector '{duplicate.Key}' is named twice.", "sectors");
        this.sectors = [.. sectors];
        Coefficients = coefficients;
    }

    /// <summary>The sectors, in the order of the matrix's rows and columns.</summary>
    public IReadOnlyList<Sector> Sectors => sectors;

    /// <summary>The matrix A.</summary>
    public Matrix Coefficients { get; }

    /// <summary>The number of sectors.</summary>
    public int Size => sectors.Length;

    /// <summary>The index of a sector by its code; refuses a code the table does not have.</summary>
    public int IndexOf(string code)
    {
        var index = Array.FindIndex(sectors, s => s.Code == code);
        return index >= 0 ? index : throw new RuleViolation(Rules.PayloadInvalid, $"The table has no sector '{code}'.", "sector");
    }

    /// <summary>L = (I − A)^-1, by LU decomposition; refuses a table whose I − A is singular.</summary>
    public Matrix TotalRequirements() => Leontief().Inverse();

    /// <summary>
    /// L by the power series I + A + A² + …, adding terms until the largest entry of the last term
    /// added is below <paramref name="tolerance"/>. The error left is about that term divided by
    /// 1 − ρ(A), so ask for a tolerance below the accuracy you need when A is close to unproductive.
    /// </summary>
    public Iterated<Matrix> TotalRequirementsIterative(double tolerance)
    {
        CheckTolerance(tolerance);
        var sum = Matrix.Identity(Size);
        var term = sum;
        for (var k = 1; k <= MaxIterations; k++)
        {
            term = term.Times(Coefficients);
            sum = sum.Plus(term);
            if (term.MaxAbs() < tolerance)
                return new Iterated<Matrix>(sum, k);
        }
        throw NotConverging();
    }

    /// <summary>The gross output x that meets a final demand f: the solution of (I − A) x = f.</summary>
    public IReadOnlyList<double> GrossOutput(IReadOnlyList<double> finalDemand)
    {
        CheckDemand(finalDemand);
        return Leontief().Solve(finalDemand);
    }

    /// <summary>The gross output by rounds x ← A x + f from x = f, until no entry changes by <paramref name="tolerance"/> or more.</summary>
    public Iterated<IReadOnlyList<double>> GrossOutputIterative(IReadOnlyList<double> finalDemand, double tolerance)
    {
        CheckDemand(finalDemand);
        CheckTolerance(tolerance);
        var x = finalDemand.ToArray();
        for (var k = 1; k <= MaxIterations; k++)
        {
            var next = Coefficients.Times(x);
            var change = 0.0;
            for (var i = 0; i < next.Length; i++)
            {
                next[i] += finalDemand[i];
                change = Math.Max(change, Math.Abs(next[i] - x[i]));
            }
            x = next;
            if (change < tolerance)
                return new Iterated<IReadOnlyList<double>>(x, k);
        }
        throw NotConverging();
    }

    private LuDecomposition Leontief() =>
        LuDecomposition.Factor(Matrix.Identity(Size).Minus(Coefficients), "I − A");

    private void CheckDemand(IReadOnlyList<double> finalDemand)
    {
        ArgumentNullException.ThrowIfNull(finalDemand);
        if (finalDemand.Count != Size)
            throw new RuleViolation(Rules.PayloadInvalid, $"A final demand of {finalDemand.Count} values for a table of {Size} sectors.", "finalDemand");
        if (finalDemand.Any(v => !double.IsFinite(v)))
            throw new RuleViolation(Rules.PayloadInvalid, "A final demand holds a value that is not a finite number.", "finalDemand");
    }

    private static void CheckTolerance(double tolerance)
    {
        if (!(tolerance > 0) || !double.IsFinite(tolerance))
            throw new RuleViolation(Rules.PayloadInvalid, $"A tolerance must be a positive number, not {tolerance}.", "tolerance");
    }

    private static RuleViolation NotConverging() =>
        new(Rules.PayloadInvalid, $"The iteration did not converge in {MaxIterations} steps: the table is not productive (A's spectral radius is not below 1).", "coefficients");
}
