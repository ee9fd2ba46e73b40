using System.ComponentModel.DataAnnotations;
using Councils.Accounts;
using Councils.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Account;

/// <summary>A member makes an invitation link to one of their bodies; the link is shown once.</summary>
public sealed class InviteModel(ActingMember acting, Invitations invitations, IStringLocalizer<Text> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Required(ErrorMessage = "Required")]
    [Display(Name = "Body")]
    public string? Body { get; set; }

    public IReadOnlyList<AccountMembership> Memberships { get; private set; } = [];

    /// <summary>The link just made: shown on this response only.</summary>
    public string? Link { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Memberships = await acting.AllAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Memberships = await acting.AllAsync(ct);
        if (!ModelState.IsValid)
            return Page();
        var inviter = Memberships.FirstOrDefault(m => m.BodyId == Body)?.Member;
        if (inviter is null)
        {
            ModelState.AddModelError(nameof(Body), text["InviteNotAMember", Body!]);
            return Page();
        }
        var (token, expires) = await invitations.CreateAsync(Body!, inviter, ct);
        Link = $"{Request.Scheme}://{Request.Host}/join/{token}";
        ExpiresAt = expires;
        // A secret on the page: never cached, never sent on as a referrer.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
