using Councils.Accounts;
using Councils.Domain;
using Councils.Node;
using Councils.Node.Views;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Councils.Pages.Bodies;

/// <summary>A body's page: members, charter, motions, decisions, delegates, federations.</summary>
public sealed class BodyModel(INode node, ActingMember acting) : PageModel
{
    public BodyView Body { get; private set; } = null!;

    /// <summary>The member the signed-in account acts as here, or null.</summary>
    public string? ActingAs { get; private set; }

    public IEnumerable<MotionSummary> Open => Body.Motions.Where(m => m.Outcome is null);

    public IEnumerable<MotionSummary> Decided => Body.Motions.Where(m => m.Outcome is not null).OrderByDescending(m => m.Id);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        try
        {
            Body = await node.GetBodyAsync(id, ct);
        }
        catch (RuleViolation v) when (v.Rule.StartsWith("unknown-", StringComparison.Ordinal) || v.Rule == "body-id")
        {
            return NotFound();
        }
        ActingAs = await acting.InBodyAsync(Body.Id, ct);
        return Page();
    }
}
