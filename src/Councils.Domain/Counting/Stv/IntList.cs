namespace Councils.Domain.Counting.Stv;

/// <summary>A growable list of ints without the bounds and version checks of <see cref="List{T}"/>: a candidate's pile of ballots.</summary>
internal sealed class IntList
{
    private int[] _items = new int[16];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Items => _items.AsSpan(0, Count);

    public void Add(int item)
    {
        if (Count == _items.Length)
            Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = item;
    }

    public void Clear() => Count = 0;
}
