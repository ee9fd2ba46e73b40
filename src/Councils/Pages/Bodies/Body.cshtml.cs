using Councils.Accounts;
using Councils.Node;
using Councils.Node.Views;
using Councils.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Bodies;

/// <summary>A body's page: members, charter, motions, decisions, delegates, federations.</summary>
public sealed class BodyModel(INode node, ActingMember acting, IStringLocalizer<Text> text) : ActingPageModel(node, acting, text)
{
    public IEnumerable<MotionSummary> Open => Body.Motions.Where(m => m.Outcome is null);

    public IEnumerable<MotionSummary> Decided => Body.Motions.Where(m => m.Outcome is not null).OrderByDescending(m => m.Id);

    public Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => ShowAsync(id, ct);
}
