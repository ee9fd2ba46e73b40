namespace Councils.Domain.Planning.Economy;

/// <summary>The techniques of a generated economy, as flat arrays (capacities are filled in afterwards).</summary>
internal sealed class GeneratedTechniques
{
    private const int Window = 25;

    private GeneratedTechniques(int[] starts, int[] goods, double[] coefficients, double[] capacities) =>
        (Starts, Goods, Coefficients, Capacities) = (starts, goods, coefficients, capacities);

    public int[] Starts { get; }

    public int[] Goods { get; }

    public double[] Coefficients { get; }

    public double[] Capacities { get; }

    public static GeneratedTechniques Make(GeneratedShape shape, SeededRandom random)
    {
        var perTechnique = shape.Inputs + 3;
        var starts = new int[shape.Techniques + 1];
        var length = (long)shape.Techniques * perTechnique;
        if (length > Array.MaxLength)
            throw new RuleViolation(Rules.PayloadInvalid, $"{shape.Techniques} techniques of {perTechnique} entries are more than one array holds.", "inputsPerTechnique");
        var goods = new int[length];
        var coefficients = new double[length];
        var scratch = new EntryScratch(perTechnique);
        var inputs = new int[shape.Inputs];
        var weights = new double[shape.Inputs];
        var at = 0;
        for (var i = 0; i < shape.Products; i++)
        {
            for (var j = 0; j < shape.TechniquesPerProduct; j++)
            {
                var t = i * shape.TechniquesPerProduct + j;
                scratch.Clear();
                scratch.Add(i, 1);
                var resources = shape.Inputs >= 3 && random.NextDouble() < 0.5 ? 2 : 1;
                var productInputs = shape.Products > 1 ? shape.Inputs - resources : 0;
                var chosen = 0;
                var sum = 0.0;
                for (var k = 0; k < productInputs; k++)
                {
                    var input = ProductInput(i, shape, random);
                    var weight = random.Between(0.1, 1);
                    if (input == i)
                        continue;
                    inputs[chosen] = input;
                    weights[chosen++] = weight;
                    sum += weight;
                }
                // Product inputs total 0.2 to 0.6 of the one unit put out: productive, whatever the mix of techniques.
                var share = random.Between(0.2, 0.6);
                for (var k = 0; k < chosen; k++)
                    scratch.Add(inputs[k], -share * weights[k] / sum);
                if (random.NextDouble() < 0.05 && shape.Products > 1)
                {
                    var byProduct = (i + 1) % shape.Products;
                    var amount = random.Between(0.05, 0.3);
                    if (!scratch.Contains(byProduct))
                        scratch.Add(byProduct, amount);
                }
                var labour = random.Below(shape.LabourKinds);
                scratch.Add(shape.Products + labour, -random.Between(0.1, 1));
                if (resources == 2)
                {
                    var other = random.Below(shape.Resources);
                    var amount = random.Between(0.05, 0.5);
                    if (other != labour)
                        scratch.Add(shape.Products + other, -amount);
                }
                at = scratch.AppendTo(goods, coefficients, at);
                starts[t + 1] = at;
            }
        }
        Array.Resize(ref goods, at);
        Array.Resize(ref coefficients, at);
        return new GeneratedTechniques(starts, goods, coefficients, new double[shape.Techniques]);
    }

    /// <summary>Mostly a neighbour in the sector ordering, sometimes a basic good, now and then any product.</summary>
    private static int ProductInput(int product, GeneratedShape shape, SeededRandom random)
    {
        var u = random.NextDouble();
        if (u < 0.15)
            return random.Below(shape.Basic);
        if (u < 0.85)
        {
            var offset = random.Below(2 * Window + 1) - Window;
            var input = (product + offset) % shape.Products;
            return input < 0 ? input + shape.Products : input;
        }
        return random.Below(shape.Products);
    }
}
