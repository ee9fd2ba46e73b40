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
public sealed class JoinModel(Invitations invitations, INode node, ActingMember acting, SignInManager<Accounts.Account> signIn, IStringLocalizer<Text> text)
    : NewcomerModel
{
    /// <summary>Why the link cannot be used, in plain words; null when it can.</summary>
    public string? Unusable { get; private set; }

    public string BodyName { get; private set; } = "";

    public string Inviter { get; private set; } = "";

    /// <summary>The signed-in account's user name; null when signed out (then the page makes a new account).</summary>
    public string? AccountName { get; private set; }

    /// <summary>The name the members will see when the signed-in account joins: its name in a body it belongs to already.</summary>
    public string OwnName { get; private set; } = "";

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

    /// <summary>Joins with the signed-in account: admitted by the inviter, as a new member linked to this account.</summary>
    public async Task<IActionResult> OnPostLinkAsync(string token, CancellationToken ct)
    {
        // The new account's fields are not part of this form.
        ModelState.Clear();
        var invitation = await LoadAsync(token, ct);
        if (invitation is null)
            return Page();
        if (await signIn.UserManager.GetUserAsync(User) is not { } account)
            return Challenge();
        var refusals = await invitations.AcceptAsync(invitation, account, OwnName, ct);
        if (refusals is null)
        {
            Unusable = text["InvitationUsed"];
            return Page();
        }
        if (!Accept(refusals))
            return Page();
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
        if (User.Identity?.IsAuthenticated == true)
        {
            AccountName = User.Identity.Name;
            OwnName = await OwnNameAsync(ct) ?? AccountName ?? "";
        }
        return Unusable is null ? invitation : null;
    }

    private async Task<string?> OwnNameAsync(CancellationToken ct)
    {
        foreach (var link in await acting.AllAsync(ct))
        {
            try
            {
                if ((await node.GetBodyAsync(link.BodyId, ct)).Members.FirstOrDefault(m => m.Handle == link.Member || m.Key == link.Member) is { } member)
                    return member.Name;
            }
            catch (Domain.RuleViolation v) when (ActingPageModel.IsUnknown(v))
            {
                // A body no longer on this node names no one.
            }
        }
        return null;
    }
}
