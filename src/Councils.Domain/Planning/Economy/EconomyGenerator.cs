using System.Globalization;

namespace Councils.Domain.Planning.Economy;

/// <summary>
/// Makes synthetic plan problems from a seed, with the structure of a real economy: suppliers cluster, a few basic
/// goods are used by nearly everyone, every technique needs labour, and resources are scarce enough to bind.
/// </summary>
/// <remarks>
/// <para>Products are laid out in a sector ordering. A technique of product i takes its product inputs mostly
/// (70%) from products within 25 places of i, some (15%) from the basic goods at the start of the ordering
/// (energy, transport…; about √n/10 of them, at least 2), the rest from anywhere. Its product inputs add up to 0.2
/// to 0.6 of its one unit of output, so every technique, and every mix of them, is productive; one in twenty
/// techniques also puts out a by-product (the next product). Each takes one or two primary resources, labour first.</para>
/// <para>Each need asks for 2 to 6 products (1/2 to 5 units each) with a priority between 1/2 and 2; one in ten is a
/// target bundle (unlimited cap), the others have cap 1. Capacities and resources are sized from the gross output
/// that would meet every need once (x = d + A x with each product's first technique, by rounds): each technique's
/// capacity is 0.3 to 0.9 of its product's gross output, each resource 0.5 to 0.8 of what that output would use.
/// So capacities and resources bind and some needs are fulfilled in part, while x = 0, f = 0 stays a plan and
/// every bound is finite. One <see cref="SeededRandom"/> stream, drawn in a fixed order, makes it deterministic.</para>
/// </remarks>
public static class EconomyGenerator
{
    private static readonly string[] BasicNames = ["energy", "transport", "steel", "chemicals", "machinery", "construction", "communications", "water"];

    /// <summary>Generates the economy of <paramref name="settings"/>.</summary>
    /// <exception cref="RuleViolation">A count that is not positive (needs may be 0 for the default) or too large.</exception>
    public static PlanProblem Generate(GeneratorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Check(settings.Products >= 1 && settings.Products <= 50_000_000, "products", "between 1 and 50,000,000");
        Check(settings.TechniquesPerProduct is >= 1 and <= 16 && (long)settings.Products * settings.TechniquesPerProduct <= 100_000_000, "techniquesPerProduct", "between 1 and 16, and at most 100,000,000 techniques in all");
        Check(settings.InputsPerTechnique is >= 1 and <= 200, "inputsPerTechnique", "between 1 and 200");
        Check(settings.Resources is >= 1 and <= 1000, "resources", "between 1 and 1000");
        Check(settings.Needs is >= 0 and <= 50_000_000, "needs", "between 0 and 50,000,000");
        var random = new SeededRandom(settings.Seed);
        var shape = new GeneratedShape(settings);
        var (goods, available) = Goods(shape);
        var needs = GeneratedNeeds.Make(shape, random);
        var techniques = GeneratedTechniques.Make(shape, random);
        var gross = GrossOutput(shape, techniques, needs.Demand);
        Size(shape, techniques, gross, available, random);
        var councils = new string[shape.Techniques + shape.Needs];
        for (var t = 0; t < shape.Techniques; t++)
            councils[t] = "w" + t.ToString(CultureInfo.InvariantCulture);
        for (var n = 0; n < shape.Needs; n++)
            councils[shape.Techniques + n] = "c" + n.ToString(CultureInfo.InvariantCulture);
        var techniqueCouncils = new int[shape.Techniques];
        for (var t = 0; t < techniqueCouncils.Length; t++)
            techniqueCouncils[t] = t;
        var needCouncils = new int[shape.Needs];
        for (var n = 0; n < needCouncils.Length; n++)
            needCouncils[n] = shape.Techniques + n;
        return new PlanProblem(
            goods, available, councils,
            techniqueCouncils, techniques.Capacities, techniques.Starts, techniques.Goods, techniques.Coefficients,
            needCouncils, needs.Priorities, needs.Caps, needs.Starts, needs.Goods, needs.Quantities, settings);
    }

    private static (Good[] Goods, double[] Available) Goods(GeneratedShape shape)
    {
        var goods = new Good[shape.GoodCount];
        for (var i = 0; i < shape.Products; i++)
        {
            var code = "p" + i.ToString(CultureInfo.InvariantCulture);
            var name = i < shape.Basic ? (i < BasicNames.Length ? BasicNames[i] : "basic-" + i.ToString(CultureInfo.InvariantCulture)) : code;
            goods[i] = new Good(code, name, GoodKind.Product);
        }
        for (var k = 0; k < shape.Resources; k++)
        {
            var kind = k < shape.LabourKinds ? GoodKind.Labour : k == shape.LabourKinds ? GoodKind.Land : k == shape.LabourKinds + 1 ? GoodKind.Emissions : GoodKind.Resource;
            var code = kind switch
            {
                GoodKind.Labour => "labour-" + (k + 1).ToString(CultureInfo.InvariantCulture),
                GoodKind.Land => "land",
                GoodKind.Emissions => "emissions",
                _ => "resource-" + (k + 1).ToString(CultureInfo.InvariantCulture),
            };
            goods[shape.Products + k] = new Good(code, code, kind);
        }
        return (goods, new double[shape.GoodCount]);
    }

    /// <summary>x = d + A x by rounds, A from each product's first technique (inputs only), until it settles.</summary>
    private static double[] GrossOutput(GeneratedShape shape, GeneratedTechniques techniques, double[] demand)
    {
        var x = (double[])demand.Clone();
        var next = new double[x.Length];
        for (var round = 0; round < 200; round++)
        {
            demand.CopyTo(next, 0);
            for (var i = 0; i < shape.Products; i++)
            {
                var t = i * shape.TechniquesPerProduct;
                for (var k = techniques.Starts[t]; k < techniques.Starts[t + 1]; k++)
                {
                    var g = techniques.Goods[k];
                    if (g < shape.Products && techniques.Coefficients[k] < 0)
                        next[g] -= techniques.Coefficients[k] * x[i];
                }
            }
            var change = 0.0;
            for (var i = 0; i < x.Length; i++)
                change = Math.Max(change, Math.Abs(next[i] - x[i]) / (1 + next[i]));
            (x, next) = (next, x);
            if (change < 1e-9)
                break;
        }
        return x;
    }

    private static void Size(GeneratedShape shape, GeneratedTechniques techniques, double[] gross, double[] available, SeededRandom random)
    {
        var required = new double[shape.Resources];
        for (var i = 0; i < shape.Products; i++)
        {
            for (var j = 0; j < shape.TechniquesPerProduct; j++)
            {
                var t = i * shape.TechniquesPerProduct + j;
                techniques.Capacities[t] = gross[i] * random.Between(0.3, 0.9) + random.Between(0.01, 0.1);
            }
            var first = i * shape.TechniquesPerProduct;
            for (var k = techniques.Starts[first]; k < techniques.Starts[first + 1]; k++)
            {
                if (techniques.Goods[k] >= shape.Products)
                    required[techniques.Goods[k] - shape.Products] -= techniques.Coefficients[k] * gross[i];
            }
        }
        for (var k = 0; k < shape.Resources; k++)
            available[shape.Products + k] = required[k] > 0 ? required[k] * random.Between(0.5, 0.8) : 1;
    }

    private static void Check(bool ok, string field, string what)
    {
        if (!ok)
            throw new RuleViolation(Rules.PayloadInvalid, $"The generator's {field} must be {what}.", field);
    }
}
