using System.Globalization;
using Councils.Domain.Planning.Economy;
using Councils.Domain.Planning.Lp;

namespace Councils.Bench.Planning;

/// <summary>
/// Where the <c>lp</c> benchmark's instance comes from, read from its options: <c>--mps FILE</c> or
/// <c>--random-lp ROWS COLS NNZ_PER_COL [--seed S]</c> or <c>--economy PRODUCTS [--techniques K] [--inputs K]
/// [--resources K] [--needs K] [--seed S]</c> (the linear program of a generated economy). Each source is a <see cref="Func{LinearProgram}"/>
/// so that the child processes rebuild the same instance from the same options; another generator is
/// plugged in by adding its option here.
/// </summary>
internal static class LpSource
{
    public static (Func<LinearProgram> Make, string Description)? From(string[] args)
    {
        var mps = Stats.Option(args, "mps", "");
        if (mps.Length > 0)
        {
            var format = Stats.Option(args, "format", "fixed") == "free" ? MpsFormat.Free : MpsFormat.Fixed;
            return (() =>
            {
                using var reader = new StreamReader(mps);
                return MpsReader.Read(reader, format);
            }, $"MPS file {mps} ({format})");
        }
        var at = Array.IndexOf(args, "--random-lp");
        if (at >= 0 && at + 3 < args.Length)
        {
            var rows = int.Parse(args[at + 1], CultureInfo.InvariantCulture);
            var columns = int.Parse(args[at + 2], CultureInfo.InvariantCulture);
            var perColumn = int.Parse(args[at + 3], CultureInfo.InvariantCulture);
            var seed = int.Parse(Stats.Option(args, "seed", "1"), CultureInfo.InvariantCulture);
            return (() => RandomLp.Generate(rows, columns, perColumn, seed),
                $"random LP (max cᵀx, Ax ≤ b, A ≥ 0, 0 ≤ x ≤ u) rows={rows} columns={columns} nnz/column={perColumn} seed={seed}");
        }
        var economy = Stats.Option(args, "economy", "");
        if (economy.Length > 0)
        {
            var settings = Economy(int.Parse(economy, CultureInfo.InvariantCulture), args);
            return (() => PlanSolver.LinearProgram(EconomyGenerator.Generate(settings)), Describe(settings));
        }
        return null;
    }

    /// <summary>The generator's settings for <paramref name="products"/> from the other economy options, defaults as the generator's.</summary>
    public static GeneratorSettings Economy(int products, string[] args)
    {
        var defaults = new GeneratorSettings(products);
        int Count(string name, int fallback) => int.Parse(Stats.Option(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        return defaults with
        {
            TechniquesPerProduct = Count("techniques", defaults.TechniquesPerProduct),
            InputsPerTechnique = Count("inputs", defaults.InputsPerTechnique),
            Resources = Count("resources", defaults.Resources),
            Needs = Count("needs", defaults.Needs),
            Seed = ulong.Parse(Stats.Option(args, "seed", defaults.Seed.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
        };
    }

    public static string Describe(GeneratorSettings s) => string.Create(CultureInfo.InvariantCulture,
        $"generated economy (EconomyGenerator, max Σ priority·f over techniques and needs) products={s.Products} techniques/product={s.TechniquesPerProduct} inputs/technique={s.InputsPerTechnique} resources={s.Resources} needs={s.NeedCount} seed={s.Seed}");
}
