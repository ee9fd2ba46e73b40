using System.Reflection;
using System.Text.RegularExpressions;

namespace Councils.Domain.Tests;

public sealed partial class RulesTests
{
    private static IEnumerable<string> Codes() =>
        typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    [Fact]
    public void Codes_AreDistinctKebabCase()
    {
        Assert.Equal(Codes().Count(), Codes().Distinct().Count());
        Assert.All(Codes(), code => Assert.Matches(KebabCase(), code));
    }

    [Fact]
    public void RulesDoc_ListsEveryCodeAndNoOther()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Councils.slnx")))
            directory = directory.Parent;
        Assert.NotNull(directory);
        var documented = TableCode().Matches(File.ReadAllText(Path.Combine(directory.FullName, "docs", "rules.md")))
            .Select(m => m.Groups[1].Value);
        Assert.Equal(Codes().Order(), documented.Order());
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex(@"^\| `([a-z-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableCode();
}
