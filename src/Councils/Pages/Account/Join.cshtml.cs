using Councils.Accounts;
using Councils.Node;
using Councils.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Account;

/// <summary>A newcomer opens an invitation link, makes an account and is admitted to the body by the inviter.</summary>
[EnableRateLimiting(AccountsComposition.SignInPolicy)]
public sealed class JoinModel(Invitations invitations, INode node, SignInManager<Accounts.Account> signIn, IStringLocalizer<Text> text) : NewcomerModel
{
    /// <summary>Why the link cannot be used, in plain words; null when it can.</summary>
    public string? Unusable { get; private set; }

    public string BodyName { get; private set; } = "";

    public string Inviter { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        await LoadAsync(token, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        var invitation = await LoadAsync(token, ct);
        if (invitation is null || !ModelState.IsValid)
            return Page();
        var refusals = await invitations.AcceptAsync(invitation, Name, UserName, Password, ct);
        if (refusals is null)
        {
            Unusable = text["InvitationUsed"];
            return Page();
        }
        if (!Accept(refusals))
            return Page();
        await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: false);
        return LocalRedirect($"/bodies/{invitation.BodyId}");
    }

    private async Task<Invitation?> LoadAsync(string token, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var (standing, invitation) = await invitations.FindAsync(token, ct);
        Unusable = standing switch
        {
            Invitations.Standing.Unknown => text["InvitationUnknown"].Value,
            Invitations.Standing.Used => text["InvitationUsed"].Value,
            Invitations.Standing.Expired => text["InvitationExpired", Labels.Time(invitation!.ExpiresAt)].Value,
            _ => null,
        };
        if (invitation is not null)
        {
            BodyName = (await node.GetBodyAsync(invitation.BodyId, ct)).Name;
            Inviter = invitation.Inviter;
        }
        return Unusable is null ? invitation : null;
    }
}
