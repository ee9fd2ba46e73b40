namespace Councils.Domain.Tests.Support;

/// <summary>Assertions on refusals.</summary>
internal static class Expect
{
    /// <summary>Asserts that <paramref name="act"/> is refused by <paramref name="rule"/>, or, when it is null, accepted.</summary>
    public static RuleViolation? Rule(string? rule, Func<object?> act)
    {
        if (rule is null)
        {
            _ = act();
            return null;
        }
        var violation = Assert.Throws<RuleViolation>(() => act());
        Assert.Equal(rule, violation.Rule);
        Assert.False(string.IsNullOrWhiteSpace(violation.Message));
        return violation;
    }

    /// <summary>Asserts that <paramref name="act"/> is refused by <paramref name="rule"/> naming <paramref name="field"/>.</summary>
    public static RuleViolation Rule(string rule, string? field, Func<object?> act)
    {
        var violation = Rule(rule, act)!;
        Assert.Equal(field, violation.Field);
        return violation;
    }
}
