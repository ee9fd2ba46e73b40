namespace Councils.Domain.Planning.Economy;

/// <summary>The needs of a generated economy, as flat arrays, and the final demand they add up to (every need once).</summary>
internal sealed class GeneratedNeeds
{
    private GeneratedNeeds(double[] priorities, double[] caps, int[] starts, int[] goods, double[] quantities, double[] demand) =>
        (Priorities, Caps, Starts, Goods, Quantities, Demand) = (priorities, caps, starts, goods, quantities, demand);

    public double[] Priorities { get; }

    public double[] Caps { get; }

    public int[] Starts { get; }

    public int[] Goods { get; }

    public double[] Quantities { get; }

    /// <summary>Per product, Σ_n q_n: what the needs ask for at fulfilment 1.</summary>
    public double[] Demand { get; }

    public static GeneratedNeeds Make(GeneratedShape shape, SeededRandom random)
    {
        const int most = 6;
        var priorities = new double[shape.Needs];
        var caps = new double[shape.Needs];
        var starts = new int[shape.Needs + 1];
        var goods = new int[shape.Needs * most];
        var quantities = new double[goods.Length];
        var demand = new double[shape.Products];
        var scratch = new EntryScratch(most);
        // Consumer councils ask for finished products more than for the basic goods at the start of the ordering.
        var first = shape.Products > shape.Basic ? shape.Basic : 0;
        var at = 0;
        for (var n = 0; n < shape.Needs; n++)
        {
            scratch.Clear();
            var items = 2 + random.Below(most - 1);
            for (var k = 0; k < items; k++)
            {
                var product = first + random.Below(shape.Products - first);
                var quantity = random.Between(0.5, 5);
                scratch.Add(product, quantity);
            }
            priorities[n] = random.Between(0.5, 2);
            caps[n] = random.NextDouble() < 0.1 ? double.PositiveInfinity : 1;
            var from = at;
            at = scratch.AppendTo(goods, quantities, at);
            starts[n + 1] = at;
            for (var k = from; k < at; k++)
                demand[goods[k]] += quantities[k];
        }
        Array.Resize(ref goods, at);
        Array.Resize(ref quantities, at);
        return new GeneratedNeeds(priorities, caps, starts, goods, quantities, demand);
    }
}
