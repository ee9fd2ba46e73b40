using System.Text.Json.Nodes;
using Councils.Accounts;
using Councils.Domain;
using Councils.Node;
using Councils.Node.Requests;
using Councils.Node.Views;
using Councils.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Motions;

/// <summary>
/// Charter editing as a motion: the charter's settings, prefilled from the charter in force, open a
/// motion whose effect is <c>charter.amend</c>; the charter changes only if that motion carries.
/// </summary>
public sealed class AmendCharterModel(INode node, ActingMember acting, IStringLocalizer<Text> text) : MotionPageModel(text)
{
    public static IReadOnlyList<string> Admissions { get; } = ["open", "by-member", "by-decision"];

    public static IReadOnlyList<string> YesOrNoMethods { get; } = ["majority", "qualified", "consent"];

    public BodyView Body { get; private set; } = null!;

    public string? ActingAs { get; private set; }

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

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (ActingAs is null)
        {
            RefuseAnonymous("");
            return Page();
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = 422;
            return Page();
        }
        try
        {
            var effect = new JsonObject { ["type"] = "charter.amend", ["charter"] = Charter.Over(Body.Charter) };
            var opened = await node.OpenMotionAsync(id, new OpenMotion(ActingAs, Title?.Trim() ?? "", MotionText?.Trim(), null, effect), ct);
            return RedirectToPage("Motion", new { id, n = opened.Id, done = "opened" });
        }
        catch (RuleViolation v)
        {
            Refuse(v, CharterForm.FieldOf(v.Field));
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        try
        {
            Body = await node.GetBodyAsync(id, ct);
        }
        catch (RuleViolation v) when (v.Rule.StartsWith("unknown-", StringComparison.Ordinal) || v.Rule == Rules.BodyId)
        {
            return false;
        }
        ActingAs = await acting.InBodyAsync(Body.Id, ct);
        return true;
    }
}
