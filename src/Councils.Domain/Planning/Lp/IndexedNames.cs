using System.Collections;
using System.Globalization;

namespace Councils.Domain.Planning.Lp;

/// <summary>
/// The names <c>prefix0</c>, <c>prefix1</c>, … made when asked for rather than stored: a program with millions of
/// rows or columns should not hold millions of strings nobody reads.
/// </summary>
internal sealed class IndexedNames(string prefix, int count) : IReadOnlyList<string>
{
    public string this[int index] =>
        (uint)index < (uint)count ? prefix + index.ToString(CultureInfo.InvariantCulture) : throw new ArgumentOutOfRangeException(nameof(index));

    public int Count => count;

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
