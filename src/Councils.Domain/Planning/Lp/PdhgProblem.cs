namespace Councils.Domain.Planning.Lp;

/// <summary>
/// A working copy of a program's data that PDHG can rescale: cost, bounds and the matrix by rows and by columns.
/// </summary>
/// <remarks>
/// Scaling replaces A by D·A·E (D on rows, E on columns): the scaled variables are x̃ = E⁻¹x and the scaled
/// duals ỹ = D⁻¹y, so <see cref="RowScale"/> and <see cref="ColumnScale"/> are what take a scaled point back.
/// </remarks>
internal sealed class PdhgProblem
{
    public PdhgProblem(LinearProgram lp)
    {
        Rows = lp.RowCount;
        Columns = lp.ColumnCount;
        Cost = lp.Cost.ToArray();
        RowLower = lp.RowLower.ToArray();
        RowUpper = lp.RowUpper.ToArray();
        ColumnLower = lp.ColumnLower.ToArray();
        ColumnUpper = lp.ColumnUpper.ToArray();
        ColumnStarts = lp.ColumnStarts.ToArray();
        ColumnRowIndices = lp.ColumnRowIndices.ToArray();
        ColumnValues = lp.ColumnValues.ToArray();
        RowStarts = lp.RowStarts.ToArray();
        RowColumnIndices = lp.RowColumnIndices.ToArray();
        RowValues = lp.RowValues.ToArray();
        Constant = lp.ObjectiveConstant;
        RowScale = Enumerable.Repeat(1.0, Rows).ToArray();
        ColumnScale = Enumerable.Repeat(1.0, Columns).ToArray();
    }

    public int Rows { get; }
    public int Columns { get; }
    public double Constant { get; }
    public double[] Cost { get; }
    public double[] RowLower { get; }
    public double[] RowUpper { get; }
    public double[] ColumnLower { get; }
    public double[] ColumnUpper { get; }
    public int[] ColumnStarts { get; }
    public int[] ColumnRowIndices { get; }
    public double[] ColumnValues { get; }
    public int[] RowStarts { get; }
    public int[] RowColumnIndices { get; }
    public double[] RowValues { get; }
    public double[] RowScale { get; }
    public double[] ColumnScale { get; }

    /// <summary>Ruiz passes (scale by 1/√ of each row's and column's largest entry), then one Pock–Chambolle pass with α = 1.</summary>
    public void Equilibrate(int ruizIterations)
    {
        var rowFactor = new double[Rows];
        var columnFactor = new double[Columns];
        for (var pass = 0; pass < ruizIterations; pass++)
        {
            Array.Fill(rowFactor, 0.0);
            Array.Fill(columnFactor, 0.0);
            for (var j = 0; j < Columns; j++)
            {
                for (var k = ColumnStarts[j]; k < ColumnStarts[j + 1]; k++)
                {
                    var a = Math.Abs(ColumnValues[k]);
                    columnFactor[j] = Math.Max(columnFactor[j], a);
                    rowFactor[ColumnRowIndices[k]] = Math.Max(rowFactor[ColumnRowIndices[k]], a);
                }
            }
            Apply(ToFactors(rowFactor), ToFactors(columnFactor));
        }
        Array.Fill(rowFactor, 0.0);
        Array.Fill(columnFactor, 0.0);
        for (var j = 0; j < Columns; j++)
        {
            for (var k = ColumnStarts[j]; k < ColumnStarts[j + 1]; k++)
            {
                var a = Math.Abs(ColumnValues[k]);
                columnFactor[j] += a;
                rowFactor[ColumnRowIndices[k]] += a;
            }
        }
        Apply(ToFactors(rowFactor), ToFactors(columnFactor));
    }

    private static double[] ToFactors(double[] sizes)
    {
        for (var i = 0; i < sizes.Length; i++)
            sizes[i] = sizes[i] > 0 ? 1 / Math.Sqrt(sizes[i]) : 1;
        return sizes;
    }

    private void Apply(double[] d, double[] e)
    {
        for (var j = 0; j < Columns; j++)
        {
            for (var k = ColumnStarts[j]; k < ColumnStarts[j + 1]; k++)
                ColumnValues[k] *= d[ColumnRowIndices[k]] * e[j];
            Cost[j] *= e[j];
            ColumnLower[j] /= e[j];
            ColumnUpper[j] /= e[j];
            ColumnScale[j] *= e[j];
        }
        for (var r = 0; r < Rows; r++)
        {
            for (var k = RowStarts[r]; k < RowStarts[r + 1]; k++)
                RowValues[k] *= d[r] * e[RowColumnIndices[k]];
            RowLower[r] *= d[r];
            RowUpper[r] *= d[r];
            RowScale[r] *= d[r];
        }
    }

    public void Multiply(double[] x, double[] activity)
    {
        for (var r = 0; r < Rows; r++)
        {
            var sum = 0.0;
            for (var k = RowStarts[r]; k < RowStarts[r + 1]; k++)
                sum += RowValues[k] * x[RowColumnIndices[k]];
            activity[r] = sum;
        }
    }

    public void MultiplyTransposed(double[] y, double[] result)
    {
        for (var j = 0; j < Columns; j++)
        {
            var sum = 0.0;
            for (var k = ColumnStarts[j]; k < ColumnStarts[j + 1]; k++)
                sum += ColumnValues[k] * y[ColumnRowIndices[k]];
            result[j] = sum;
        }
    }

    /// <summary>‖A‖₂ by power iteration on AᵀA from the all-ones vector (deterministic).</summary>
    public double NormEstimate(int iterations = 200)
    {
        var x = Enumerable.Repeat(1.0, Columns).ToArray();
        var ax = new double[Rows];
        var norm = 0.0;
        for (var i = 0; i < iterations; i++)
        {
            var length = Math.Sqrt(x.Sum(v => v * v));
            if (length == 0)
                return 1;
            for (var j = 0; j < Columns; j++)
                x[j] /= length;
            Multiply(x, ax);
            MultiplyTransposed(ax, x);
            norm = Math.Sqrt(Math.Sqrt(x.Sum(v => v * v)));
        }
        return norm > 0 ? norm : 1;
    }

    /// <summary>‖the finite row bounds‖₂, each row counted by its larger finite bound.</summary>
    public double BoundNorm()
    {
        var sum = 0.0;
        for (var r = 0; r < Rows; r++)
        {
            var b = Math.Max(double.IsFinite(RowLower[r]) ? Math.Abs(RowLower[r]) : 0, double.IsFinite(RowUpper[r]) ? Math.Abs(RowUpper[r]) : 0);
            sum += b * b;
        }
        return Math.Sqrt(sum);
    }

    public double CostNorm() => Math.Sqrt(Cost.Sum(v => v * v));

    /// <summary>Primal residual, dual residual, primal and dual objectives at (x, y); x is within its bounds.</summary>
    public (double Primal, double Dual, double PrimalObjective, double DualObjective) Measure(
        double[] x, double[] y, double[] activity, double[] reduced)
    {
        Multiply(x, activity);
        MultiplyTransposed(y, reduced);
        double primal = 0, dual = 0, pobj = Constant, dobj = Constant;
        for (var r = 0; r < Rows; r++)
        {
            var violation = activity[r] - Math.Max(RowLower[r], Math.Min(RowUpper[r], activity[r]));
            primal += violation * violation;
            if (y[r] > 0)
                dobj += y[r] * RowLower[r];
            else if (y[r] < 0)
                dobj += y[r] * RowUpper[r];
        }
        for (var j = 0; j < Columns; j++)
        {
            pobj += Cost[j] * x[j];
            var lambda = Cost[j] - reduced[j];
            if (lambda > 0 && double.IsFinite(ColumnLower[j]))
                dobj += lambda * ColumnLower[j];
            else if (lambda < 0 && double.IsFinite(ColumnUpper[j]))
                dobj += lambda * ColumnUpper[j];
            else
                dual += lambda * lambda;
        }
        return (Math.Sqrt(primal), Math.Sqrt(dual), pobj, dobj);
    }
}
