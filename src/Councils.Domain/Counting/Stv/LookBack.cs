namespace Councils.Domain.Counting.Stv;

/// <summary>
/// Tie-breaking by the most recent stage at which the tied candidates differed (SSI 2007/42 rules
/// 49(2) and 51(2)), then by lot.
/// </summary>
/// <remarks>
/// With three or more tied candidates a stage may separate some but not all of them; the rules do
/// not say what then. We keep those still tied at the extreme of that stage and look further back,
/// so a candidate who was clearly ahead at the most recent differing stage is never the one picked.
/// </remarks>
internal static class LookBack
{
    /// <summary>Picks the candidate with the fewest (or most) votes among <paramref name="tied"/>.</summary>
    public static int Choose(List<int> tied, StageLog log, bool fewest, LotOrder lot, IReadOnlyList<Candidate> candidates, out bool byLot, out string? note)
    {
        byLot = false;
        note = null;
        if (tied.Count == 1)
            return tied[0];
        var names = string.Join(", ", tied.Select(c => candidates[c].Name));
        var what = fewest ? "fewest" : "most";
        var set = new List<int>(tied);
        for (var s = log.Count - 1; s >= 0; s--)
        {
            var extreme = log.VotesAt(s, set[0]);
            foreach (var c in set)
            {
                var v = log.VotesAt(s, c);
                if (fewest ? v < extreme : v > extreme)
                    extreme = v;
            }
            set.RemoveAll(c => log.VotesAt(s, c) != extreme);
            if (set.Count == 1)
            {
                note = $"Tie between {names}: {candidates[set[0]].Name} had the {what} votes at stage {s + 1}, the most recent stage at which they differed.";
                return set[0];
            }
        }
        byLot = true;
        var chosen = lot.Choose(set);
        note = $"Tie between {names}: equal at every stage; chosen by lot (seed {lot.Seed}): {candidates[chosen].Name}.";
        return chosen;
    }
}
