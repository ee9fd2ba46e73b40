using Councils.Accounts;
using Councils.Node;
using Councils.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Account;

/// <summary>The signed-in account: its memberships, its passkeys (added with the help of passkeys.js), and links to invite and to issue reset codes.</summary>
public sealed class IndexModel(ActingMember acting, ResetCodes codes, INode node, UserManager<Accounts.Account> users, SignInManager<Accounts.Account> signIn,
    IStringLocalizer<Text> text) : PageModel
{
    public IReadOnlyList<AccountMembership> Memberships { get; private set; } = [];

    public IReadOnlyList<UserPasskeyInfo> Passkeys { get; private set; } = [];

    /// <summary>The reset codes members issued for this account, newest first, each with its issuer's name and where it stands.</summary>
    public IReadOnlyList<(ResetCode Code, string IssuedBy, string Standing)> ResetCodes { get; private set; } = [];

    /// <summary>The JSON of <c>navigator.credentials.create()</c>'s result, filled in by passkeys.js.</summary>
    [BindProperty]
    public string? CredentialJson { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The options for <c>navigator.credentials.create()</c>; the ceremony's state goes into a protected cookie.</summary>
    public async Task<IActionResult> OnPostCreationOptionsAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
            return Unauthorized();
        var id = await users.GetUserIdAsync(account);
        var name = await users.GetUserNameAsync(account) ?? id;
        var json = await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity { Id = id, Name = name, DisplayName = name });
        return Content(json, "application/json");
    }

    public async Task<IActionResult> OnPostAddPasskeyAsync(CancellationToken ct)
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
            return Unauthorized();
        if (string.IsNullOrEmpty(CredentialJson))
        {
            ModelState.AddModelError(nameof(CredentialJson), text["PasskeyNotAdded"]);
            await LoadAsync(ct);
            return Page();
        }
        var attested = await signIn.PerformPasskeyAttestationAsync(CredentialJson);
        if (!attested.Succeeded)
        {
            ModelState.AddModelError(nameof(CredentialJson), text["PasskeyNotAdded"]);
            await LoadAsync(ct);
            return Page();
        }
        attested.Passkey.Name = text["PasskeyDefaultName", attested.Passkey.CreatedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)];
        var added = await users.AddOrUpdatePasskeyAsync(account, attested.Passkey);
        if (!added.Succeeded)
        {
            ModelState.AddModelError(nameof(CredentialJson), text["PasskeyNotAdded"]);
            await LoadAsync(ct);
            return Page();
        }
        Notice = text["PasskeyAdded"];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Memberships = await acting.AllAsync(ct);
        var account = await users.GetUserAsync(User);
        Passkeys = account is null ? [] : [.. await users.GetPasskeysAsync(account)];
        if (account is not null)
            ResetCodes = await ResetCodesAsync(account.Id, ct);
    }

    private async Task<List<(ResetCode, string, string)>> ResetCodesAsync(string accountId, CancellationToken ct)
    {
        var issued = await codes.IssuedForAsync(accountId, ct);
        var names = new Dictionary<string, IReadOnlyList<Node.Views.MemberView>>(StringComparer.Ordinal);
        var list = new List<(ResetCode, string, string)>();
        foreach (var code in issued)
        {
            if (!names.TryGetValue(code.BodyId, out var members))
            {
                try
                {
                    members = (await node.GetBodyAsync(code.BodyId, ct)).Members;
                }
                catch (Domain.RuleViolation v) when (ActingPageModel.IsUnknown(v))
                {
                    members = [];
                }
                names[code.BodyId] = members;
            }
            var issuer = members.FirstOrDefault(m => m.Handle == code.IssuedBy || m.Key == code.IssuedBy)?.Name ?? code.IssuedBy;
            list.Add((code, issuer, codes.StandingOf(code)));
        }
        return list;
    }
}
