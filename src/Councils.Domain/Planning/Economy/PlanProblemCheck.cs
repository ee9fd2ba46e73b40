namespace Councils.Domain.Planning.Economy;

/// <summary>The rules a <see cref="PlanProblem"/> holds to, checked once when it is made.</summary>
internal static class PlanProblemCheck
{
    public static void Check(PlanProblem p)
    {
        if (p.Available.Length != p.GoodCount)
            throw Refuse("the available quantities do not match the goods.", "goods");
        var codes = new HashSet<string>(p.GoodCount, StringComparer.Ordinal);
        for (var g = 0; g < p.GoodCount; g++)
        {
            var good = p.Goods[g];
            if (string.IsNullOrEmpty(good.Code) || !codes.Add(good.Code))
                throw Refuse($"good {g} has a blank code or one another good has ('{good.Code}').", $"goods[{g}].code");
            if (!double.IsFinite(p.Available[g]) || p.Available[g] < 0)
                throw Refuse($"good {good.Code} has {p.Available[g]} available; a quantity available is finite and not negative.", $"goods[{g}].available");
        }
        var t = p.TechniqueCount;
        if (p.TechniqueCouncils.Length != t || p.TechniqueStarts.Length != t + 1 || p.TechniqueStarts[0] != 0 || p.TechniqueStarts[t] != p.TechniqueGoods.Length || p.TechniqueCoefficients.Length != p.TechniqueGoods.Length)
            throw Refuse("the techniques' arrays do not fit together.", "techniques");
        for (var i = 0; i < t; i++)
        {
            if ((uint)p.TechniqueCouncils[i] >= (uint)p.Councils.Count)
                throw Refuse($"technique {i} names no council.", $"techniques[{i}].council");
            if (!(p.Capacities[i] >= 0))
                throw Refuse($"technique {i} has capacity {p.Capacities[i]}; a capacity is not negative (+∞ for none).", $"techniques[{i}].capacity");
            Entries(p.TechniqueStarts[i], p.TechniqueStarts[i + 1], p.TechniqueGoods, p.TechniqueCoefficients, p.GoodCount, false, $"techniques[{i}]");
        }
        var n = p.NeedCount;
        if (p.NeedCouncils.Length != n || p.Caps.Length != n || p.NeedStarts.Length != n + 1 || p.NeedStarts[0] != 0 || p.NeedStarts[n] != p.NeedGoods.Length || p.NeedQuantities.Length != p.NeedGoods.Length)
            throw Refuse("the needs' arrays do not fit together.", "needs");
        for (var i = 0; i < n; i++)
        {
            if ((uint)p.NeedCouncils[i] >= (uint)p.Councils.Count)
                throw Refuse($"need {i} names no council.", $"needs[{i}].council");
            if (!double.IsFinite(p.Priorities[i]) || p.Priorities[i] < 0)
                throw Refuse($"need {i} has priority {p.Priorities[i]}; a priority is finite and not negative.", $"needs[{i}].priority");
            if (!(p.Caps[i] > 0))
                throw Refuse($"need {i} has cap {p.Caps[i]}; a cap is positive (+∞ for a target bundle).", $"needs[{i}].cap");
            Entries(p.NeedStarts[i], p.NeedStarts[i + 1], p.NeedGoods, p.NeedQuantities, p.GoodCount, true, $"needs[{i}]");
        }
    }

    private static void Entries(int from, int to, ReadOnlySpan<int> goods, ReadOnlySpan<double> values, int goodCount, bool positive, string field)
    {
        for (var k = from; k < to; k++)
        {
            if ((uint)goods[k] >= (uint)goodCount)
                throw Refuse($"{field} names good {goods[k]}, which the problem does not have.", field);
            if (k > from && goods[k] <= goods[k - 1])
                throw Refuse($"{field} names a good twice or out of order.", field);
            if (!double.IsFinite(values[k]) || values[k] == 0 || (positive && values[k] < 0))
                throw Refuse($"{field} has {values[k]} for a good; {(positive ? "a quantity is finite and positive" : "a coefficient is finite and not zero")}.", field);
        }
    }

    private static RuleViolation Refuse(string message, string field) => new(Rules.PayloadInvalid, "The plan problem is not valid: " + message, field);
}
