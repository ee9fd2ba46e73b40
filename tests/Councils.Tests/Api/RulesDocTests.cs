using System.Reflection;
using System.Text.RegularExpressions;
using Councils.Api;
using Councils.Domain;
using Councils.Node;

namespace Councils.Tests.Api;

/// <summary>docs/rules.md says which HTTP status each refusal gets; the problem mapper must agree.</summary>
public sealed partial class RulesDocTests
{
    // Refusals the framework or one endpoint makes with a status of its own, not through Problems.StatusOf.
    private static readonly HashSet<string> NotMapped = ["no-such-route", "method-not-allowed", "media-type", "no-decision-yet"];

    [Fact]
    public void NodeTable_EveryCodeGetsTheStatusItLists()
    {
        var rows = NodeRow().Matches(RulesDoc()).Select(m => (Status: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Code: m.Groups[2].Value)).ToList();

        Assert.Contains(rows, r => r.Code == LocalNode.PostCapRule);
        Assert.Contains(rows, r => r.Code == LocalNode.RollUnavailableRule);
        Assert.All(rows.Where(r => !NotMapped.Contains(r.Code)), r => Assert.Equal((r.Code, r.Status), (r.Code, Problems.StatusOf(r.Code))));
    }

    [Fact]
    public void BodyRules_Are422_ButPayloadInvalidAndUnknownThings()
    {
        var codes = typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

        Assert.All(codes, code => Assert.Equal(
            (code, code == Rules.PayloadInvalid ? 400 : code.StartsWith("unknown-", StringComparison.Ordinal) ? 404 : 422),
            (code, Problems.StatusOf(code))));
        Assert.Equal(422, Problems.StatusOf(Rules.Mandate));
    }

    private static string RulesDoc()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Councils.slnx")))
            directory = directory.Parent;
        Assert.NotNull(directory);
        return File.ReadAllText(Path.Combine(directory.FullName, "docs", "rules.md"));
    }

    [GeneratedRegex(@"^\| (\d{3}) \| `([a-z-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex NodeRow();
}
