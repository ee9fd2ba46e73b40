namespace Councils.Domain.Planning.Lp;

/// <summary>
/// A split of the rows (or the columns) into consecutive chunks of about equal work, fixed by the matrix alone.
/// </summary>
/// <remarks>
/// A chunk's boundaries depend only on how many entries each row (or column) holds, never on the thread count.
/// Every loop of the solver works chunk by chunk, each chunk in index order, and a sum is kept per chunk and
/// added up in chunk order afterwards, so the arithmetic, and therefore the result, is the same bits whatever
/// the number of threads that run the chunks.
/// </remarks>
internal sealed class PdhgChunks
{
    /// <summary>About how much work (entries, plus a few per row or column for its vector updates) goes in a chunk.</summary>
    private const int Work = 1 << 15;

    private readonly int[] starts;
    private readonly ParallelOptions parallel;
    private readonly bool sequential;

    /// <param name="entryStarts">CSR row starts or CSC column starts: where each line's entries begin, plus the end.</param>
    /// <param name="threads">How many threads may run chunks at once.</param>
    public PdhgChunks(ReadOnlySpan<int> entryStarts, int threads)
    {
        var lines = entryStarts.Length - 1;
        var bounds = new List<int> { 0 };
        long work = 0;
        for (var i = 0; i < lines; i++)
        {
            work += entryStarts[i + 1] - entryStarts[i] + 4;
            if (work >= Work && i + 1 < lines)
            {
                bounds.Add(i + 1);
                work = 0;
            }
        }
        bounds.Add(lines);
        starts = [.. bounds];
        parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        sequential = threads == 1 || Count == 1;
    }

    /// <summary>How many chunks there are (at least one, possibly empty).</summary>
    public int Count => starts.Length - 1;

    /// <summary>The first row or column of <paramref name="chunk"/>.</summary>
    public int Start(int chunk) => starts[chunk];

    /// <summary>One past the last row or column of <paramref name="chunk"/>.</summary>
    public int End(int chunk) => starts[chunk + 1];

    /// <summary>Runs <paramref name="body"/> once per chunk, on up to the configured number of threads.</summary>
    public void Run(Action<int> body)
    {
        if (sequential)
        {
            for (var chunk = 0; chunk < Count; chunk++)
                body(chunk);
        }
        else
        {
            Parallel.For(0, Count, parallel, body);
        }
    }

    /// <summary>Adds up field <paramref name="field"/> of each chunk's <paramref name="width"/> partials, in chunk order.</summary>
    public double Sum(double[] partials, int width, int field)
    {
        var sum = 0.0;
        for (var chunk = 0; chunk < Count; chunk++)
            sum += partials[(chunk * width) + field];
        return sum;
    }
}
