namespace Councils.Browser.Tests.Support;

/// <summary>One rule axe-core found broken on a page, with the elements that break it.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, IReadOnlyList<string> Targets)
{
    /// <summary>Serious and critical violations fail the tests; moderate and minor ones are reported by axe but tolerated.</summary>
    public bool IsSerious => Impact is "serious" or "critical";

    public override string ToString() =>
        $"{Id} ({Impact}): {Help} — {HelpUrl}{Environment.NewLine}    at {string.Join(Environment.NewLine + "    at ", Targets)}";
}
