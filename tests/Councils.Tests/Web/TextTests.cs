using System.Collections;
using System.Globalization;
using System.Resources;
using Councils.Web;

namespace Councils.Tests.Web;

/// <summary>The pages' text: English complete, Ukrainian with every key of it and no other.</summary>
public sealed class TextTests
{
    private static readonly ResourceManager Resources = new("Councils.Web.Text", typeof(Text).Assembly);

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void EveryKey_InEnglish_IsInUkrainianAndTheOtherWayRound()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var ukrainian = Entries(new CultureInfo("uk"));

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(ukrainian.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(ukrainian.Keys.Except(english.Keys).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryValue_InBothLanguages_HasTheSamePlaceholders()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var ukrainian = Entries(new CultureInfo("uk"));

        Assert.All(english.Where(e => ukrainian.ContainsKey(e.Key)), e =>
            Assert.True(Placeholders(e.Value).SetEquals(Placeholders(ukrainian[e.Key])), $"{e.Key}: '{e.Value}' / '{ukrainian[e.Key]}'"));
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value)];
}
