namespace Councils.Domain.Planning.Economy;

/// <summary>Collects goods, techniques and needs one at a time and makes a <see cref="PlanProblem"/> of them.</summary>
/// <remarks>Entries may be given in any order; they are sorted by good. <see cref="Build"/> checks everything.</remarks>
public sealed class PlanProblemBuilder
{
    private readonly List<Good> goods = [];
    private readonly List<double> available = [];
    private readonly Dictionary<string, int> goodIndex = new(StringComparer.Ordinal);
    private readonly List<string> councils = [];
    private readonly Dictionary<string, int> councilIndex = new(StringComparer.Ordinal);
    private readonly List<int> techniqueCouncils = [], techniqueStarts = [0], techniqueGoods = [];
    private readonly List<double> capacities = [], techniqueCoefficients = [];
    private readonly List<int> needCouncils = [], needStarts = [0], needGoods = [];
    private readonly List<double> priorities = [], caps = [], needQuantities = [];

    /// <summary>The settings that generated the problem, if a generator made it.</summary>
    public GeneratorSettings? Origin { get; set; }

    /// <summary>Adds a good and returns its index.</summary>
    public int AddGood(string code, string name, GoodKind kind, double availableQuantity = 0)
    {
        ArgumentNullException.ThrowIfNull(code);
        goods.Add(new Good(code, name ?? code, kind));
        available.Add(availableQuantity);
        goodIndex.TryAdd(code, goods.Count - 1);
        return goods.Count - 1;
    }

    /// <summary>The index of the good with this code, or −1.</summary>
    public int IndexOfGood(string code) => goodIndex.GetValueOrDefault(code, -1);

    /// <summary>The code of the good at <paramref name="index"/>.</summary>
    public string CodeOfGood(int index) => goods[index].Code;

    /// <summary>Adds a technique of <paramref name="council"/>: per unit of activity, + output / − input of each good.</summary>
    public int AddTechnique(string council, double capacity, IEnumerable<(int Good, double Coefficient)> entries)
    {
        techniqueCouncils.Add(Council(council));
        capacities.Add(capacity);
        Add(entries, techniqueGoods, techniqueCoefficients, techniqueStarts);
        return capacities.Count - 1;
    }

    /// <summary>Adds a need of <paramref name="council"/>: quantities per unit of fulfilment, its priority and cap (1, or +∞).</summary>
    public int AddNeed(string council, double priority, double cap, IEnumerable<(int Good, double Quantity)> quantities)
    {
        needCouncils.Add(Council(council));
        priorities.Add(priority);
        caps.Add(cap);
        Add(quantities, needGoods, needQuantities, needStarts);
        return priorities.Count - 1;
    }

    /// <summary>Makes the problem; refuses one that breaks a rule of <see cref="PlanProblem"/>.</summary>
    public PlanProblem Build() => new(
        [.. goods], [.. available], [.. councils],
        [.. techniqueCouncils], [.. capacities], [.. techniqueStarts], [.. techniqueGoods], [.. techniqueCoefficients],
        [.. needCouncils], [.. priorities], [.. caps], [.. needStarts], [.. needGoods], [.. needQuantities], Origin);

    private int Council(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!councilIndex.TryGetValue(name, out var index))
        {
            index = councils.Count;
            councils.Add(name);
            councilIndex[name] = index;
        }
        return index;
    }

    private static void Add(IEnumerable<(int, double)> entries, List<int> indices, List<double> values, List<int> starts)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var (good, value) in entries.OrderBy(e => e.Item1))
        {
            indices.Add(good);
            values.Add(value);
        }
        starts.Add(indices.Count);
    }
}
