using Councils.Accounts;
using Councils.Node;
using Councils.Node.Views;
using Councils.Pictures;
using Councils.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Bodies;

/// <summary>
/// Where a body stands among federations: the federation tree, and for a federation the
/// competences its member bodies delegate, the mode of each matter, and its decisions by mode.
/// </summary>
public sealed class FederationModel(INode node, ActingMember acting, IStringLocalizer<Text> text) : ActingPageModel(node, acting, text)
{
    /// <summary>The federation tree (escaped SVG).</summary>
    public string Tree { get; private set; } = "";

    /// <summary>Each competence a member body delegated, with the bodies that delegate it.</summary>
    public IReadOnlyList<(string Competence, IReadOnlyList<string> Bodies)> Competences { get; private set; } = [];

    /// <summary>The charter's mode for each kind of matter (delegates, referendum, ratification).</summary>
    public IReadOnlyList<(string Matter, string Mode)> Modes { get; private set; } = [];

    /// <summary>Decided motions by mode ("" for a federation's own motions on no matter), each with its referendum picture if any.</summary>
    public IReadOnlyList<(string Mode, IReadOnlyList<(MotionView Motion, string? Picture)> Motions)> Decisions { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public bool IsFederation => Body.Kind == "federation";

    public Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => ShowAsync(id, ct);

    protected override async Task LoadMoreAsync(CancellationToken ct)
    {
        Names = (await Node.ListBodiesAsync(ct)).ToDictionary(b => b.Id, b => b.Name, StringComparer.Ordinal);
        var federations = new List<BodyView>();
        foreach (var f in Body.Federations.Where(f => Names.ContainsKey(f.Federation)))
            federations.Add(await Node.GetBodyAsync(f.Federation, ct));
        Tree = FederationTreePicture.Render(Body, federations, Names, T);
        if (IsFederation)
            await ReadFederationAsync(ct);
    }

    private async Task ReadFederationAsync(CancellationToken ct)
    {
        Competences = [.. Body.MemberBodies.SelectMany(b => b.Competences.Select(c => (Competence: c, b.Body)))
            .GroupBy(p => p.Competence, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(p => p.Body)]))];
        if (Body.Charter["matters"]?["modes"] is System.Text.Json.Nodes.JsonObject modes)
            Modes = [.. modes.Select(m => (m.Key, m.Value?.GetValue<string>() ?? ""))];
        var decided = new List<(string Mode, MotionView Motion, string? Picture)>();
        foreach (var summary in Body.Motions.Where(m => m.Outcome is not null))
        {
            var motion = await Node.GetMotionAsync(Body.Id, summary.Id, ct);
            var mode = motion.Item?.Mode ?? "";
            var picture = mode == "referendum" && motion.Decision is { } decision
                ? ReferendumPicture.Render(decision, Names, T, $"referendum-{motion.Id}")
                : null;
            decided.Add((mode, motion, picture));
        }
        Decisions = [.. decided.GroupBy(d => d.Mode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<(MotionView, string?)>)[.. g.Select(d => (d.Motion, d.Picture))]))];
    }
}
