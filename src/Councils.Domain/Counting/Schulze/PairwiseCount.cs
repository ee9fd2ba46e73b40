namespace Councils.Domain.Counting.Schulze;

/// <summary>
/// Counts, for every pair of options, how many voters rank one above the other. Unranked options
/// rank equal, below every ranked one. Withdrawn candidates are ignored.
/// </summary>
internal static class PairwiseCount
{
    /// <summary>Above this many distinct ballots the work is split across the processors.</summary>
    private const int ParallelThreshold = 20_000;

    /// <summary>Returns d as a flat n × n array: d[x * n + y] = voters ranking x above y.</summary>
    public static long[] Count(BallotBox box, IReadOnlyList<Candidate> candidates)
    {
        var n = candidates.Count;
        var withdrawn = candidates.Select(c => c.IsWithdrawn).ToArray();
        var parts = box.Count < ParallelThreshold ? 1 : Math.Max(1, Environment.ProcessorCount);
        var partials = new long[parts][];
        var chunk = (box.Count + parts - 1) / parts;
        Parallel.For(0, parts, part =>
        {
            var start = part * chunk;
            partials[part] = CountRange(box, n, withdrawn, start, Math.Min(box.Count, start + chunk));
        });
        var d = partials[0];
        for (var p = 1; p < parts; p++)
        {
            for (var i = 0; i < d.Length; i++)
                d[i] += partials[p][i];
        }
        return d;
    }

    /// <summary>
    /// A ballot puts each ranked option x above every option not ranked at or above x's rank. So x is
    /// first credited against everyone (beatsAll), then debited against the options ranked at or
    /// above it: about k²/2 steps for k ranked options instead of k × n.
    /// </summary>
    private static long[] CountRange(BallotBox box, int n, bool[] withdrawn, int from, int to)
    {
        var d = new long[n * n];
        var beatsAll = new long[n];
        var choices = new int[n];
        var marks = new int[n];
        var starts = box.StartArray;
        var allChoices = box.ChoiceArray;
        var allMarks = box.MarkArray;
        var weights = box.WeightArray;
        for (var b = from; b < to; b++)
        {
            var k = 0;
            for (var e = starts[b]; e < starts[b + 1]; e++)
            {
                var c = allChoices[e];
                if (withdrawn[c])
                    continue;
                choices[k] = c;
                marks[k++] = allMarks[e];
            }
            var w = weights[b];
            var groupEnd = 0;
            for (var a = 0; a < k; a++)
            {
                if (a == groupEnd)
                {
                    groupEnd = a + 1;
                    while (groupEnd < k && marks[groupEnd] == marks[a])
                        groupEnd++;
                }
                var x = choices[a];
                beatsAll[x] += w;
                var row = x * n;
                for (var q = 0; q < groupEnd; q++)
                    d[row + choices[q]] -= w;
            }
        }
        for (var x = 0; x < n; x++)
        {
            var row = x * n;
            for (var y = 0; y < n; y++)
                d[row + y] = x == y || withdrawn[y] ? 0 : d[row + y] + beatsAll[x];
        }
        return d;
    }
}
