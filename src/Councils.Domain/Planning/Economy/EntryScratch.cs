namespace Councils.Domain.Planning.Economy;

/// <summary>A few (good, value) entries gathered for one technique or need, sorted by good and merged before they are stored.</summary>
internal sealed class EntryScratch(int capacity)
{
    private readonly int[] goods = new int[capacity];
    private readonly double[] values = new double[capacity];

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public bool Contains(int good) => Array.IndexOf(goods, good, 0, Count) >= 0;

    public void Add(int good, double value)
    {
        goods[Count] = good;
        values[Count++] = value;
    }

    /// <summary>Sorts by good (insertion sort: a handful of entries), adds up repeats, drops zeros, and appends to the arrays at <paramref name="at"/>.</summary>
    public int AppendTo(int[] targetGoods, double[] targetValues, int at)
    {
        for (var i = 1; i < Count; i++)
        {
            var (g, v) = (goods[i], values[i]);
            var j = i - 1;
            for (; j >= 0 && goods[j] > g; j--)
            {
                goods[j + 1] = goods[j];
                values[j + 1] = values[j];
            }
            goods[j + 1] = g;
            values[j + 1] = v;
        }
        var start = at;
        for (var i = 0; i < Count; i++)
        {
            if (at > start && targetGoods[at - 1] == goods[i])
                targetValues[at - 1] += values[i];
            else
            {
                targetGoods[at] = goods[i];
                targetValues[at++] = values[i];
            }
        }
        // A merged sum can in principle cancel out; a stored coefficient is never zero.
        var kept = start;
        for (var k = start; k < at; k++)
        {
            if (targetValues[k] != 0)
            {
                targetGoods[kept] = targetGoods[k];
                targetValues[kept++] = targetValues[k];
            }
        }
        return kept;
    }
}
