using System.Diagnostics;
using System.Globalization;
using Councils.Domain.Planning.Lp;
using Google.OrTools.LinearSolver;

namespace Councils.Bench.Planning;

/// <summary>Which OR-Tools solver <see cref="OrToolsReference"/> runs.</summary>
internal enum OrToolsSolver
{
    /// <summary>GLOP, dual simplex (its default for a fresh model).</summary>
    GlopDual,

    /// <summary>GLOP, primal simplex.</summary>
    GlopPrimal,

    /// <summary>PDLP, OR-Tools' restarted PDHG, with the tolerance and threads given.</summary>
    Pdlp,
}

/// <summary>What an OR-Tools run returned.</summary>
/// <param name="Status">OR-Tools' result status (OPTIMAL, FEASIBLE, NOT_SOLVED on a time limit, and so on).</param>
/// <param name="Objective">The objective in the minimisation's sense of <see cref="LinearProgram"/>, constant included.</param>
/// <param name="Seconds">The wall time of <c>Solve()</c> alone, the model already built.</param>
/// <param name="BuildSeconds">The wall time to hand the program to OR-Tools.</param>
/// <param name="Iterations">Simplex or PDHG iterations, as OR-Tools counts them.</param>
/// <param name="X">The primal point, one value per column.</param>
internal sealed record OrToolsResult(string Status, double Objective, double Seconds, double BuildSeconds, long Iterations, double[] X)
{
    public bool IsOptimal => Status == "OPTIMAL";
}

/// <summary>
/// Hands a <see cref="LinearProgram"/> to Google OR-Tools (GLOP or PDLP, through its linear solver
/// wrapper) so that our PDHG engine can be checked and timed against a reference. Used by the
/// benchmarks and, linked in, by the reference tests; never by src/.
/// </summary>
/// <remarks>
/// PDLP's termination is set to ‖r‖₂ ≤ ε_abs + ε_rel‖b‖₂ with ε_abs = ε_rel = ε, the same form as
/// <see cref="PdhgOptions.Tolerance"/>'s ε(1 + ‖b‖₂), for the primal residual, the dual residual and the gap.
/// </remarks>
internal static class OrToolsReference
{
    public static OrToolsResult Solve(LinearProgram lp, OrToolsSolver which, double tolerance = 1e-8, int threads = 1, TimeSpan? timeLimit = null)
    {
        ArgumentNullException.ThrowIfNull(lp);
        var build = Stopwatch.StartNew();
        using var solver = Solver.CreateSolver(which == OrToolsSolver.Pdlp ? "PDLP" : "GLOP")
            ?? throw new InvalidOperationException("OR-Tools has no such solver in this build.");
        var variables = Load(solver, lp);
        using var parameters = new MPSolverParameters();
        if (which == OrToolsSolver.Pdlp)
        {
            var text = string.Create(CultureInfo.InvariantCulture,
                $"termination_criteria {{ simple_optimality_criteria {{ eps_optimal_relative: {tolerance:R} eps_optimal_absolute: {tolerance:R} }} }} num_threads: {threads} verbosity_level: 0");
            if (!solver.SetSolverSpecificParametersAsString(text))
                throw new InvalidOperationException($"PDLP refused its parameters: {text}");
        }
        else
        {
            parameters.SetIntegerParam(MPSolverParameters.IntegerParam.LP_ALGORITHM,
                (int)(which == OrToolsSolver.GlopPrimal ? MPSolverParameters.LpAlgorithmValues.PRIMAL : MPSolverParameters.LpAlgorithmValues.DUAL));
        }
        if (timeLimit is { } limit)
            solver.SetTimeLimit((long)limit.TotalMilliseconds);
        var buildSeconds = build.Elapsed.TotalSeconds;

        var solve = Stopwatch.StartNew();
        var status = solver.Solve(parameters);
        var seconds = solve.Elapsed.TotalSeconds;

        var x = new double[lp.ColumnCount];
        var solved = status is Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE;
        for (var j = 0; j < x.Length && solved; j++)
            x[j] = variables[j].SolutionValue();
        var objective = solved ? solver.Objective().Value() : double.NaN;
        foreach (var v in variables)
            v.Dispose();
        return new OrToolsResult(status.ToString(), objective, seconds, buildSeconds, solver.Iterations(), x);
    }

    /// <summary>Makes one variable per column and one constraint per row, row by row from the CSR arrays.</summary>
    private static Variable[] Load(Solver solver, LinearProgram lp)
    {
        var variables = new Variable[lp.ColumnCount];
        for (var j = 0; j < variables.Length; j++)
            variables[j] = solver.MakeNumVar(lp.ColumnLower[j], lp.ColumnUpper[j], "");
        var starts = lp.RowStarts;
        var columns = lp.RowColumnIndices;
        var values = lp.RowValues;
        for (var r = 0; r < lp.RowCount; r++)
        {
            using var row = solver.MakeConstraint(lp.RowLower[r], lp.RowUpper[r], "");
            for (var k = starts[r]; k < starts[r + 1]; k++)
                row.SetCoefficient(variables[columns[k]], values[k]);
        }
        using var objective = solver.Objective();
        var cost = lp.Cost;
        for (var j = 0; j < variables.Length; j++)
        {
            if (cost[j] != 0)
                objective.SetCoefficient(variables[j], cost[j]);
        }
        objective.SetOffset(lp.ObjectiveConstant);
        objective.SetMinimization();
        return variables;
    }
}
