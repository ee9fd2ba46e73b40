using System.Text.Json.Nodes;
using Councils.Accounts;
using Councils.Node;
using Councils.Node.Requests;
using Councils.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Motions;

/// <summary>
/// Charter editing as a motion: the charter's settings, prefilled from the charter in force, open a
/// motion whose effect is <c>charter.amend</c>; the charter changes only if that motion carries.
/// </summary>
public sealed class AmendCharterModel(INode node, ActingMember acting, IStringLocalizer<Text> text) : ActingPageModel(node, acting, text)
{
    public static IReadOnlyList<string> Admissions { get; } = ["open", "by-member", "by-decision"];

    public static IReadOnlyList<string> YesOrNoMethods { get; } = ["majority", "qualified", "consent"];

    [BindProperty] public string? Title { get; set; }

    [BindProperty] public string? MotionText { get; set; }

    [BindProperty] public CharterForm Charter { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Charter = CharterForm.Of(Body.Charter);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(string id) => ActAsync(id, "", "", async by =>
    {
        if (!ModelState.IsValid)
            return Invalid();
        var effect = new JsonObject { ["type"] = "charter.amend", ["charter"] = Charter.Over(Body.Charter) };
        var opened = await Node.OpenMotionAsync(Body.Id, new OpenMotion(by, Title?.Trim() ?? "", MotionText?.Trim(), null, effect), HttpContext.RequestAborted);
        return RedirectToPage("Motion", new { id = Body.Id, n = opened.Id, done = "opened" });
    }, v => CharterForm.FieldOf(v.Field));
}
