namespace Councils.Bench.Counting;

/// <summary>
/// The baseline for Schulze, written straight from the paper: for every ballot, every ordered pair
/// of options is compared (unranked options rank equal, below the ranked ones); then Floyd-Warshall
/// for the widest paths, winning votes.
/// </summary>
internal static class PlainSchulze
{
    public static (long[,] Pairwise, List<int> Winners) Count(PlainElection election)
    {
        var n = election.Names.Length;
        var d = new long[n, n];
        var rank = new int[n];
        foreach (var ballot in election.Ballots)
        {
            Array.Fill(rank, int.MaxValue);
            for (var i = 0; i < ballot.Preferences.Length; i++)
                rank[ballot.Preferences[i]] = i;
            for (var x = 0; x < n; x++)
            {
                for (var y = 0; y < n; y++)
                {
                    if (rank[x] < rank[y])
                        d[x, y] += ballot.Weight;
                }
            }
        }

        var p = new long[n, n];
        for (var x = 0; x < n; x++)
        {
            for (var y = 0; y < n; y++)
                p[x, y] = x != y && d[x, y] > d[y, x] ? d[x, y] : 0;
        }
        for (var k = 0; k < n; k++)
        {
            for (var x = 0; x < n; x++)
            {
                for (var y = 0; y < n; y++)
                {
                    if (x != y && x != k && y != k)
                        p[x, y] = Math.Max(p[x, y], Math.Min(p[x, k], p[k, y]));
                }
            }
        }
        var winners = Enumerable.Range(0, n).Where(x => Enumerable.Range(0, n).All(y => p[x, y] >= p[y, x])).ToList();
        return (d, winners);
    }
}
