using Councils.Domain;
using Councils.Node;
using Councils.Node.Views;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Councils.Pages.Motions;

/// <summary>A decision's page: result, full count, minority reports, the charter version, a link to verify the log.</summary>
public sealed class DecisionModel(INode node) : PageModel
{
    public MotionView Motion { get; private set; } = null!;

    /// <summary>The body's members' names by key: an election's candidates are keys in its count.</summary>
    public IReadOnlyDictionary<string, string> MemberNames { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string id, long n, CancellationToken ct)
    {
        try
        {
            Motion = await node.GetMotionAsync(id, n, ct);
            MemberNames = CountNames.Of(await node.GetBodyAsync(id, ct));
        }
        catch (RuleViolation v) when (v.Rule.StartsWith("unknown-", StringComparison.Ordinal) || v.Rule == Rules.BodyId)
        {
            return NotFound();
        }
        return Motion.Decision is null ? RedirectToPage("Motion", new { id, n }) : Page();
    }
}
