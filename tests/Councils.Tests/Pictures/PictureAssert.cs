using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Councils.Tests.Pictures;

/// <summary>What every picture must be: well-formed SVG, an image with a title and a description.</summary>
internal static class PictureAssert
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Parses the SVG and checks it is an accessible, scalable image; returns the root.</summary>
    public static XElement Accessible(string svg)
    {
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        var root = XElement.Parse(svg);
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Matches(@"^0 0 \d+(\.\d+)? \d+(\.\d+)?$", (string?)root.Attribute("viewBox"));
        var title = root.Element(Svg + "title");
        var desc = root.Element(Svg + "desc");
        Assert.False(string.IsNullOrWhiteSpace(title?.Value));
        Assert.False(string.IsNullOrWhiteSpace(desc?.Value));
        Assert.Equal($"{(string?)title!.Attribute("id")} {(string?)desc!.Attribute("id")}", (string?)root.Attribute("aria-labelledby"));
        Assert.NotEmpty(root.Descendants(Svg + "text"));
        return root;
    }

    public static string Desc(XElement root) => root.Element(Svg + "desc")!.Value;

    public static string Title(XElement root) => root.Element(Svg + "title")!.Value;

    /// <summary>Every text label, whole (a label cut with "…" keeps its full text in a title).</summary>
    public static IReadOnlyList<string> Labels(XElement root) =>
        [.. root.Descendants(Svg + "text").Select(t => t.Element(Svg + "title")?.Value ?? t.Value)];

    /// <summary>
    /// Checks the picture speaks Ukrainian: its title and description hold <paramref name="words"/>,
    /// and no fixed English wording of any picture (a picture.* value less its figures) is left in
    /// its title, description, labels or group labels.
    /// </summary>
    public static XElement Ukrainian(string svg, params string[] words)
    {
        var root = Accessible(svg);
        var said = string.Join("\n", new[] { Title(root), Desc(root) }
            .Concat(Labels(root))
            .Concat(root.Descendants().Select(e => (string?)e.Attribute("aria-label")).OfType<string>()));
        Assert.All(words, w => Assert.Contains(w, Title(root) + "\n" + Desc(root), StringComparison.Ordinal));
        var english = PictureText.English.GetAllStrings(includeParentCultures: true)
            .Where(s => s.Name.StartsWith("picture.", StringComparison.Ordinal))
            .SelectMany(s => Regex.Split(s.Value, @"\{\d+\}"))
            .Select(f => f.Trim(' ', ',', '.', ';', ':', '(', ')', '·'))
            .Where(f => Regex.IsMatch(f, @"[A-Za-z]{4}"))
            .Distinct()
            .ToList();
        Assert.NotEmpty(english);
        Assert.All(english, f => Assert.DoesNotContain(f, said, StringComparison.Ordinal));
        return root;
    }
}
