using System.Xml.Linq;
using Councils.Node.Views;

namespace Councils.Pictures;

/// <summary>
/// The federation tree of a body: each federation it belongs to with that federation's member
/// bodies beneath it, and, when the body is itself a federation, its own member bodies. Each line
/// from a member body up to its federation carries the names of the delegates seated for it.
/// </summary>
public static class FederationTreePicture
{
    private const double BoxWidth = 250;
    private const double BoxHeight = 30;
    private const double ChildX = 190;
    private const double RowGap = 12;
    private const double Width = ChildX + BoxWidth + 12;

    /// <summary>Draws the tree around one body.</summary>
    /// <param name="body">The body, whose view lists its federations (with its own delegates) and, for a federation, its member bodies.</param>
    /// <param name="federations">
    /// The views of the federations it belongs to that this node can read, to show their other member
    /// bodies; a federation missing here is drawn with this body alone beneath it.
    /// </param>
    /// <param name="bodyNames">Names of bodies by id (e.g. from the node's list of bodies); a body not in it is shown by the start of its id.</param>
    /// <param name="id">A prefix for the ids inside the SVG, unique on the page.</param>
    public static string Render(BodyView body, IReadOnlyList<BodyView> federations, IReadOnlyDictionary<string, string> bodyNames, string id = "federation-tree")
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(federations);
        ArgumentNullException.ThrowIfNull(bodyNames);
        var trees = Trees(body, federations, bodyNames);
        var rows = trees.Sum(t => 1 + t.Members.Count);
        var height = 40 + (rows * (BoxHeight + RowGap)) + (trees.Count * 14) + 30;
        var svg = Svg.Root(id, Width, height, $"Federation tree of {body.Name}", Describe(body, trees));
        svg.Add(Svg.Text(8, 22, $"Federation tree of {body.Name}", max: 50, weight: "bold", size: 16));

        var y = 40.0;
        if (trees.Count == 0)
        {
            svg.Add(Box(8, y, body.Name, "this body", self: true));
            svg.Add(Svg.Text(8, y + BoxHeight + 22, "It belongs to no federation and has no member bodies.", size: 13));
        }
        foreach (var tree in trees)
        {
            var group = Svg.Group(TreeWords(tree));
            group.Add(Box(8, y, tree.Name, tree.Caption, tree.IsSelf));
            var trunkX = 24.0;
            var top = y + BoxHeight;
            y += BoxHeight + RowGap;
            foreach (var member in tree.Members)
            {
                var mid = y + (BoxHeight / 2);
                group.Add(Svg.Line(trunkX, top, trunkX, mid, Palette.Rule, 2));
                group.Add(Svg.Line(trunkX, mid, ChildX, mid, Palette.Rule, 2));
                group.Add(Svg.Text(trunkX + 8, mid - 5, member.Delegates, max: 26, size: 11, fill: Palette.Ink));
                group.Add(Box(ChildX, y, member.Name, member.IsSelf ? "this body" : null, member.IsSelf));
                top = mid;
                y += BoxHeight + RowGap;
            }
            svg.Add(group);
            y += 14;
        }
        svg.Add(Svg.Text(8, height - 10, "Names on the lines: the delegates each member body has seated.", size: 12, fill: Palette.Muted));
        return Svg.Write(svg);
    }

    private static List<Tree> Trees(BodyView body, IReadOnlyList<BodyView> federations, IReadOnlyDictionary<string, string> names)
    {
        var trees = new List<Tree>();
        foreach (var affiliation in body.Federations.OrderBy(a => a.JoinedSeq))
        {
            var view = federations.FirstOrDefault(f => f.Id == affiliation.Federation);
            var name = view?.Name ?? NameOf(affiliation.Federation, names);
            var members = view is null
                ? [new Branch(body.Name, Delegates(affiliation.Seats), IsSelf: true)]
                : view.MemberBodies.Select(m => m.Body == body.Id
                    ? new Branch(body.Name, Delegates(affiliation.Seats), IsSelf: true)
                    : new Branch(NameOf(m.Body, names), Delegates(m.Seats), IsSelf: false)).ToList();
            trees.Add(new Tree(name, "federation", IsSelf: false, members));
        }
        if (body.MemberBodies.Count > 0)
            trees.Add(new Tree(body.Name, "this body", IsSelf: true,
                [.. body.MemberBodies.Select(m => new Branch(NameOf(m.Body, names), Delegates(m.Seats), IsSelf: false))]));
        return trees;
    }

    private static XElement Box(double x, double y, string name, string? caption, bool self)
    {
        var group = new XElement(Svg.Ns + "g",
            Svg.Rect(x, y, BoxWidth, BoxHeight, self ? Palette.FocusFill : Palette.Box, self ? Palette.Focus : Palette.Rule, self ? 3 : 1),
            Svg.Text(x + 8, y + 20, name, max: caption is null ? 30 : 20, weight: "bold"));
        if (caption is not null)
            group.Add(Svg.Text(x + BoxWidth - 8, y + 20, caption, anchor: "end", size: 11, fill: self ? Palette.Focus : Palette.Muted));
        return group;
    }

    private static string Delegates(IReadOnlyList<SeatView> seats)
    {
        if (seats.Count == 0)
            return "no seats";
        var held = seats.Where(s => s.Holder is not null).Select(s => s.Holder!.Name).ToList();
        var empty = seats.Count - held.Count;
        var open = empty == 0 ? "" : $"{empty} seat{(empty == 1 ? "" : "s")} with the body";
        return held.Count == 0 ? open : empty == 0 ? string.Join(", ", held) : $"{string.Join(", ", held)}; {open}";
    }

    private static string Describe(BodyView body, IReadOnlyList<Tree> trees)
    {
        if (trees.Count == 0)
            return $"{body.Name} belongs to no federation and has no member bodies.";
        var up = trees.Where(t => !t.IsSelf).Select(t => t.Name).ToList();
        var lead = up.Count == 0 ? $"{body.Name} belongs to no federation." : $"{body.Name} belongs to {Svg.List(up)}.";
        return $"{lead} {string.Join(" ", trees.Select(TreeWords))}";
    }

    private static string TreeWords(Tree tree) =>
        tree.Members.Count == 0
            ? $"{tree.Name} has no member bodies."
            : $"Member bodies of {tree.Name}: {string.Join("; ", tree.Members.Select(m => $"{m.Name} (delegates: {m.Delegates})"))}.";

    private static string NameOf(string body, IReadOnlyDictionary<string, string> names) =>
        names.TryGetValue(body, out var name) ? name : body.Length > 12 ? body[..12] + "…" : body;

    private sealed record Tree(string Name, string Caption, bool IsSelf, IReadOnlyList<Branch> Members);

    private sealed record Branch(string Name, string Delegates, bool IsSelf);
}
