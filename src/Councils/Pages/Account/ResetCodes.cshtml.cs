using System.ComponentModel.DataAnnotations;
using Councils.Accounts;
using Councils.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Account;

/// <summary>A member issues a one-time password reset code for another member of one of their bodies.</summary>
public sealed class ResetCodesModel(ActingMember acting, ResetCodes codes, IStringLocalizer<Text> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Required(ErrorMessage = "Required")]
    [Display(Name = "Body")]
    public string? Body { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Required")]
    [Display(Name = "MemberId")]
    public string? Member { get; set; }

    public IReadOnlyList<AccountMembership> Memberships { get; private set; } = [];

    public ResetCodes.Issued? Issued { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Memberships = await acting.AllAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Memberships = await acting.AllAsync(ct);
        if (!ModelState.IsValid)
            return Page();
        var issuer = Memberships.FirstOrDefault(m => m.BodyId == Body)?.Member;
        if (issuer is null)
        {
            ModelState.AddModelError(nameof(Body), text["InviteNotAMember", Body!]);
            return Page();
        }
        var issued = await codes.IssueAsync(Body!, issuer, Member!, ct);
        if (issued.FieldError is { } refusal)
        {
            ModelState.AddModelError(refusal.Field, refusal.Message);
            return Page();
        }
        Issued = issued;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
