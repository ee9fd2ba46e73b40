using System.Xml.Linq;
using Councils.Node.Views;
using Councils.Web;
using Microsoft.Extensions.Localization;

namespace Councils.Pictures;

/// <summary>
/// The federation tree of a body: each federation it belongs to with that federation's member
/// bodies beneath it, and, when the body is itself a federation, its own member bodies. Each line
/// from a member body up to its federation carries the names of the delegates seated for it.
/// </summary>
public static class FederationTreePicture
{
    private const double BoxWidth = 300;
    private const double LineHeight = 18;
    private const double ChildX = 190;
    private const double RowGap = 12;
    private const double Width = ChildX + BoxWidth + 12;
    private const double TopWidth = ChildX + BoxWidth - 8;

    // Widths of a character, generous for wide faces (DejaVu) and Cyrillic, so text stays in its box.
    private const double BoldChar = 9.4;
    private const double SmallChar = 6.8;
    private const double TitleChar = 10.6;

    /// <summary>Draws the tree around one body.</summary>
    /// <param name="body">The body, whose view lists its federations (with its own delegates) and, for a federation, its member bodies.</param>
    /// <param name="federations">
    /// The views of the federations it belongs to that this node can read, to show their other member
    /// bodies; a federation missing here is drawn with this body alone beneath it.
    /// </param>
    /// <param name="bodyNames">Names of bodies by id (e.g. from the node's list of bodies); a body not in it is shown by the start of its id.</param>
    /// <param name="text">The page's words (keys <c>picture.tree.…</c>).</param>
    /// <param name="id">A prefix for the ids inside the SVG, unique on the page.</param>
    public static string Render(BodyView body, IReadOnlyList<BodyView> federations, IReadOnlyDictionary<string, string> bodyNames, IStringLocalizer<Text> text, string id = "federation-tree")
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(federations);
        ArgumentNullException.ThrowIfNull(bodyNames);
        ArgumentNullException.ThrowIfNull(text);
        var self = text.Say("tree.self");
        var trees = Trees(body, federations, bodyNames, text);
        var title = text.Say("tree.title", body.Name);
        var titleChars = (int)((Width - 16) / TitleChar);
        var top = 40.0 + ((Svg.Lines(title, titleChars).Count - 1) * 20);
        var rows = trees.Count == 0 ? BoxHeight(body.Name, self, TopWidth) + 40 : trees.Sum(t => BoxHeight(t.Name, t.Caption, TopWidth) + RowGap + t.Members.Sum(m => BoxHeight(m.Name, m.IsSelf ? self : null) + RowGap) + 14);
        var height = top + rows + 30;
        var svg = Svg.Root(id, Width, height, title, Describe(body, trees, text));
        svg.Add(Svg.Wrapped(8, 22, title, titleChars, 20, weight: "bold", size: 16));

        var y = top;
        if (trees.Count == 0)
        {
            svg.Add(Box(8, y, TopWidth, body.Name, self, self: true));
            svg.Add(Svg.Text(8, y + BoxHeight(body.Name, self, TopWidth) + 22, text.Say("tree.alone"), max: (int)((Width - 16) / 7.2), size: 13));
        }
        foreach (var tree in trees)
        {
            var group = Svg.Group(TreeWords(tree, text));
            group.Add(Box(8, y, TopWidth, tree.Name, tree.Caption, tree.IsSelf));
            var trunkX = 24.0;
            var stem = y + BoxHeight(tree.Name, tree.Caption, TopWidth);
            y = stem + RowGap;
            foreach (var member in tree.Members)
            {
                var caption = member.IsSelf ? self : null;
                var boxHeight = BoxHeight(member.Name, caption);
                var mid = y + 15;
                group.Add(Svg.Line(trunkX, stem, trunkX, mid, Palette.Rule, 2));
                group.Add(Svg.Line(trunkX, mid, ChildX, mid, Palette.Rule, 2));
                group.Add(Svg.Text(trunkX + 8, mid - 5, member.Delegates, max: (int)((ChildX - trunkX - 14) / SmallChar), size: 11, fill: Palette.Ink));
                group.Add(Box(ChildX, y, BoxWidth, member.Name, caption, member.IsSelf));
                stem = mid;
                y += boxHeight + RowGap;
            }
            svg.Add(group);
            y += 14;
        }
        svg.Add(Svg.Text(8, height - 10, text.Say("tree.legend"), max: (int)((Width - 16) / 6.6), size: 12, fill: Palette.Muted));
        return Svg.Write(svg);
    }

    private static List<Tree> Trees(BodyView body, IReadOnlyList<BodyView> federations, IReadOnlyDictionary<string, string> names, IStringLocalizer<Text> text)
    {
        var trees = new List<Tree>();
        foreach (var affiliation in body.Federations.OrderBy(a => a.JoinedSeq))
        {
            var view = federations.FirstOrDefault(f => f.Id == affiliation.Federation);
            var name = view?.Name ?? NameOf(affiliation.Federation, names);
            var members = view is null
                ? [new Branch(body.Name, Delegates(affiliation.Seats, text), IsSelf: true)]
                : view.MemberBodies.Select(m => m.Body == body.Id
                    ? new Branch(body.Name, Delegates(affiliation.Seats, text), IsSelf: true)
                    : new Branch(NameOf(m.Body, names), Delegates(m.Seats, text), IsSelf: false)).ToList();
            trees.Add(new Tree(name, text.Say("tree.federation"), IsSelf: false, members));
        }
        if (body.MemberBodies.Count > 0)
            trees.Add(new Tree(body.Name, text.Say("tree.self"), IsSelf: true,
                [.. body.MemberBodies.Select(m => new Branch(NameOf(m.Body, names), Delegates(m.Seats, text), IsSelf: false))]));
        return trees;
    }

    // A name has the box's width less its caption's; one too long takes a second line, then is cut with "…".
    private static int NameChars(string? caption, double width) =>
        (int)((width - 16 - (caption is null ? 0 : (caption.Length * SmallChar) + 10)) / BoldChar);

    private static double BoxHeight(string name, string? caption, double width = BoxWidth) =>
        12 + (Svg.Lines(Svg.Clean(name), NameChars(caption, width)).Count * LineHeight);

    private static XElement Box(double x, double y, double width, string name, string? caption, bool self)
    {
        var group = new XElement(Svg.Ns + "g",
            Svg.Rect(x, y, width, BoxHeight(name, caption, width), self ? Palette.FocusFill : Palette.Box, self ? Palette.Focus : Palette.Rule, self ? 3 : 1),
            Svg.Wrapped(x + 8, y + 20, name, NameChars(caption, width), LineHeight, weight: "bold"));
        if (caption is not null)
            group.Add(Svg.Text(x + width - 8, y + 20, caption, anchor: "end", size: 11, fill: self ? Palette.Focus : Palette.Muted));
        return group;
    }

    private static string Delegates(IReadOnlyList<SeatView> seats, IStringLocalizer<Text> text)
    {
        if (seats.Count == 0)
            return text.Say("tree.noSeats");
        var held = seats.Where(s => s.Holder is not null).Select(s => s.Holder!.Name).ToList();
        var empty = seats.Count - held.Count;
        var open = empty == 0 ? "" : text.Count("tree.openSeats", empty);
        return held.Count == 0 ? open : empty == 0 ? string.Join(", ", held) : $"{string.Join(", ", held)}; {open}";
    }

    private static string Describe(BodyView body, IReadOnlyList<Tree> trees, IStringLocalizer<Text> text)
    {
        if (trees.Count == 0)
            return text.Say("tree.describeAlone", body.Name);
        var up = trees.Where(t => !t.IsSelf).Select(t => t.Name).ToList();
        var lead = up.Count == 0 ? text.Say("tree.describeNoFederation", body.Name) : text.Say("tree.describeBelongs", body.Name, text.List(up));
        return $"{lead} {string.Join(" ", trees.Select(t => TreeWords(t, text)))}";
    }

    private static string TreeWords(Tree tree, IStringLocalizer<Text> text) =>
        tree.Members.Count == 0
            ? text.Say("tree.noMembers", tree.Name)
            : text.Say("tree.members", tree.Name, string.Join("; ", tree.Members.Select(m => text.Say("tree.member", m.Name, m.Delegates))));

    private static string NameOf(string body, IReadOnlyDictionary<string, string> names) =>
        names.TryGetValue(body, out var name) ? name : body.Length > 12 ? body[..12] + "…" : body;

    private sealed record Tree(string Name, string Caption, bool IsSelf, IReadOnlyList<Branch> Members);

    private sealed record Branch(string Name, string Delegates, bool IsSelf);
}
