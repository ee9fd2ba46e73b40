using System.Globalization;
using Councils.Web;
using Microsoft.Extensions.Localization;

namespace Councils.Pictures;

/// <summary>
/// The pictures' words, from the pages' resources (keys <c>picture.…</c> in Text.resx and
/// Text.uk.resx). Every figure is written into them with invariant digits, exactly as the count
/// gives it: the language changes the words, never the numbers.
/// </summary>
internal static class PictureWords
{
    /// <summary>The text for <c>picture.<paramref name="key"/></c> with its arguments.</summary>
    public static string Say(this IStringLocalizer<Text> text, string key, params object[] args) =>
        text[$"picture.{key}", [.. args.Select(Invariant)]].Value;

    /// <summary>
    /// The text for <c>picture.<paramref name="key"/>.one</c> when <paramref name="n"/> is 1, else
    /// <c>.other</c>; the figure is the first argument. (Languages with more forms phrase it as
    /// "label: n", which needs none.)
    /// </summary>
    public static string Count(this IStringLocalizer<Text> text, string key, long n, params object[] more) =>
        text.Say($"{key}.{(n == 1 ? "one" : "other")}", [n, .. more]);

    /// <summary>A code's name (<c>picture.<paramref name="prefix"/>.code</c>), or the code itself when none is given.</summary>
    public static string Name(this IStringLocalizer<Text> text, string prefix, string code)
    {
        var found = text[$"picture.{prefix}.{code}"];
        return found.ResourceNotFound ? code : found.Value;
    }

    /// <summary>A short list in words: "a", "a and b", "a, b and c".</summary>
    public static string List(this IStringLocalizer<Text> text, IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count switch
        {
            0 => "",
            1 => all[0],
            _ => text.Say("list", string.Join(", ", all.Take(all.Count - 1)), all[^1]),
        };
    }

    private static object Invariant(object arg) => arg is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : arg;
}
