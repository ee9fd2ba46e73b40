using System.Diagnostics;
using System.Globalization;
using Councils.Domain.Planning.Economy;
using Councils.Domain.Planning.Lp;

namespace Councils.Cli.Verbs;

/// <summary><c>councils plan generate --products N --out FILE</c>: a synthetic economy from a seed, as a plan problem (or MPS).</summary>
internal static class PlanGenerateVerb
{
    public static readonly Verb Verb = new(
        "plan generate",
        "plan generate --products N [--techniques-per-product K] [--inputs K] [--resources K] [--needs K] [--seed S] --out FILE [--format json|mps]",
        "generate a synthetic economy (deterministic for a seed) as a plan problem file, or its linear program as free MPS",
        RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var settings = new GeneratorSettings(
            Products: Count(c, "products", null),
            TechniquesPerProduct: Count(c, "techniques-per-product", 2),
            InputsPerTechnique: Count(c, "inputs", 8),
            Resources: Count(c, "resources", 3),
            Needs: Count(c, "needs", 0),
            Seed: c.Args.Optional("seed") is { } s ? ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : throw new UsageException($"--seed must be a whole number, not '{s}'") : 1);
        var path = c.Args.Required("out");
        var mps = (c.Args.Optional("format") ?? "json") switch
        {
            "json" => false,
            "mps" => true,
            var other => throw new UsageException($"--format '{other}' is not json or mps"),
        };
        c.Args.EnsureAllRead();
        var clock = Stopwatch.StartNew();
        var problem = EconomyGenerator.Generate(settings);
        if (mps)
        {
            await File.WriteAllTextAsync(path, MpsWriter.Write(PlanSolver.LinearProgram(problem)), c.Cancellation);
        }
        else
        {
            await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            PlanFileWriter.Write(stream, new PlanFile(problem), indented: problem.NonZeroCount <= 10_000);
        }
        await c.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Generated {settings.Products} products, {problem.GoodCount - settings.Products} resources, {problem.TechniqueCount} techniques, {problem.NeedCount} needs, {problem.NonZeroCount} entries (seed {settings.Seed}) to {path} in {clock.Elapsed.TotalSeconds:F3} s"));
        return 0;
    }

    private static int Count(CliContext c, string name, int? fallback)
    {
        var value = fallback is null ? c.Args.RequiredLong(name) : c.Args.OptionalLong(name) ?? fallback.Value;
        return value <= int.MaxValue ? (int)value : throw new UsageException($"--{name} is too large");
    }
}
