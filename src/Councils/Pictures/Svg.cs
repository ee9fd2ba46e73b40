using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Councils.Pictures;

/// <summary>
/// Builds the pictures' SVG with System.Xml.Linq, so every name and figure from the record is
/// escaped by the writer, never by hand. Each picture is an image with a title, a description that
/// states the result in words, and real text labels; it scales down by its viewBox.
/// </summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public const string Font = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

    /// <summary>The root element: role="img", labelled by its title and described by its desc.</summary>
    public static XElement Root(string id, double width, double height, string title, string desc) =>
        new(Ns + "svg",
            new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"),
            // Its own size at most: a small picture is not blown up on a wide screen (the stylesheet caps it at 100%).
            new XAttribute("width", N(width)),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("font-family", Font),
            new XAttribute("font-size", "14"),
            new XElement(Ns + "title", new XAttribute("id", $"{id}-title"), Clean(title)),
            new XElement(Ns + "desc", new XAttribute("id", $"{id}-desc"), Clean(desc)),
            new XElement(Ns + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", Palette.Background)));

    /// <summary>A text label; a name longer than <paramref name="max"/> characters is cut with "…" and keeps its whole text in a tooltip title.</summary>
    public static XElement Text(double x, double y, string text, int max = 200, string? weight = null, string anchor = "start", double size = 14, string fill = Palette.Ink)
    {
        var clean = Clean(text);
        var shown = clean.Length > max ? string.Concat(clean.AsSpan(0, Math.Max(1, max - 1)), "…") : clean;
        var element = new XElement(Ns + "text",
            new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("fill", fill));
        if (anchor != "start")
            element.Add(new XAttribute("text-anchor", anchor));
        if (weight is not null)
            element.Add(new XAttribute("font-weight", weight));
        if (size != 14)
            element.Add(new XAttribute("font-size", N(size)));
        if (shown.Length != clean.Length)
            element.Add(new XElement(Ns + "title", clean));
        element.Add(shown);
        return element;
    }

    /// <summary>
    /// A label of at most two lines of <paramref name="chars"/> characters, broken at a space where
    /// it can be; a text longer still is cut with "…" and keeps its whole text in a tooltip title.
    /// </summary>
    public static XElement Wrapped(double x, double y, string text, int chars, double lineHeight, string? weight = null, double size = 14, string fill = Palette.Ink)
    {
        var clean = Clean(text);
        var lines = Lines(clean, chars);
        var element = Text(x, y, lines[0], weight: weight, size: size, fill: fill);
        element.RemoveNodes();
        if (lines.Count > 1 || lines[0] != clean)
            element.Add(new XElement(Ns + "title", clean));
        for (var i = 0; i < lines.Count; i++)
            element.Add(new XElement(Ns + "tspan", new XAttribute("x", N(x)), new XAttribute("y", N(y + (i * lineHeight))), lines[i]));
        return element;
    }

    /// <summary>How <see cref="Wrapped"/> breaks a text: one or two lines.</summary>
    public static IReadOnlyList<string> Lines(string text, int chars)
    {
        chars = Math.Max(2, chars);
        if (text.Length <= chars)
            return [text];
        var space = text.LastIndexOf(' ', chars);
        var (first, rest) = space > 0 ? (text[..space], text[(space + 1)..]) : (text[..chars], text[chars..]);
        return [first, rest.Length <= chars ? rest : string.Concat(rest.AsSpan(0, chars - 1), "…")];
    }

    public static XElement Rect(double x, double y, double width, double height, string fill, string? stroke = null, double strokeWidth = 1)
    {
        var element = new XElement(Ns + "rect",
            new XAttribute("x", N(x)), new XAttribute("y", N(y)),
            new XAttribute("width", N(Math.Max(0, width))), new XAttribute("height", N(height)),
            new XAttribute("fill", fill));
        if (stroke is not null)
            element.Add(new XAttribute("stroke", stroke), new XAttribute("stroke-width", N(strokeWidth)));
        return element;
    }

    public static XElement Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, bool dashed = false)
    {
        var element = new XElement(Ns + "line",
            new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)), new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)),
            new XAttribute("stroke", stroke), new XAttribute("stroke-width", N(width)));
        if (dashed)
            element.Add(new XAttribute("stroke-dasharray", "4 3"));
        return element;
    }

    public static XElement Group(string label, params object[] content) =>
        new(Ns + "g", new XAttribute("aria-label", Clean(label)), content);

    /// <summary>The SVG as one line of text, with no XML declaration, ready to embed inline in HTML.</summary>
    public static string Write(XElement root)
    {
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false, NewLineHandling = NewLineHandling.Entitize };
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, settings))
            root.Save(writer);
        return text.ToString();
    }

    /// <summary>A number as SVG writes it: invariant, at most two decimals.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A whole number as the pictures show it: invariant digits.</summary>
    public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text with every character XML cannot hold replaced, so no name from the record can break the picture.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(c => !XmlConvert.IsXmlChar(c)))
            return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
                clean.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
                clean.Append(text[i]).Append(text[++i]);
            else
                clean.Append('\uFFFD');
        }
        return clean.ToString();
    }
}
