using Councils.Accounts;
using Councils.Node;
using Councils.Node.Views;
using Councils.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Motions;

/// <summary>A decision's page: result, full count, minority reports, the charter version, a link to verify the log.</summary>
public sealed class DecisionModel(INode node, ActingMember acting, IStringLocalizer<Text> text) : ActingPageModel(node, acting, text)
{
    public MotionView Motion { get; private set; } = null!;

    /// <summary>The body's members' names by key: an election's candidates are keys in its count.</summary>
    public IReadOnlyDictionary<string, string> MemberNames { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string id, long n, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        return Motion.Decision is null ? RedirectToPage("Motion", new { id, n }) : Page();
    }

    protected override async Task LoadMoreAsync(CancellationToken ct)
    {
        var n = Convert.ToInt64(RouteData.Values["n"], System.Globalization.CultureInfo.InvariantCulture);
        Motion = await Node.GetMotionAsync(Body.Id, n, ct);
        MemberNames = CountNames.Of(Body);
    }
}
