using Councils.Domain.Counting.Schulze;
using Councils.Domain.Counting.Stv;

namespace Councils.Domain.Counting;

/// <summary>Every counting method, found by the name a charter or the command line gives.</summary>
public static class CountingMethods
{
    /// <summary>All methods: approval, score, schulze, scottish-stv, meek-stv, irv.</summary>
    public static IReadOnlyList<ICountingMethod> All { get; } =
        [new ApprovalVoting(), new ScoreVoting(), new SchulzeMethod(), new ScottishStv(), new MeekStv(), new InstantRunoff()];

    /// <summary>The method with this name (case-insensitive), or null.</summary>
    public static ICountingMethod? Find(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
