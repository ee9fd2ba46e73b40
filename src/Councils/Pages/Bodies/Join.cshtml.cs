using Councils.Accounts;
using Councils.Domain;
using Councils.Node;
using Councils.Node.Views;
using Councils.Pages.Account;
using Councils.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Councils.Pages.Bodies;

/// <summary>
/// Joining a body whose charter admits by the newcomer's own act (admission <c>open</c>): no
/// inviter needed. Under any other rule the page says who admits members there.
/// </summary>
[EnableRateLimiting(AccountsComposition.SignInPolicy)]
public sealed class JoinModel(INode node, Newcomers newcomers, SignInManager<Accounts.Account> signIn) : NewcomerModel
{
    public BodyView Body { get; private set; } = null!;

    public bool Open => IsOpen(Body);

    /// <summary>A body a person can join alone: its charter is open and its members are people, not bodies.</summary>
    public static bool IsOpen(BodyView body) =>
        body.Charter["admission"]?.GetValue<string>() == "open" && body.Kind is not ("federation" or "confederation");

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (!Open || !ModelState.IsValid)
            return Page();
        if (!Accept(await newcomers.JoinAsync(Body.Id, by: null, Name, UserName, Password, ct)))
            return Page();
        await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: false);
        return LocalRedirect($"/bodies/{Body.Id}");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        try
        {
            Body = await node.GetBodyAsync(id, ct);
            return true;
        }
        catch (RuleViolation v) when (ActingPageModel.IsUnknown(v))
        {
            return false;
        }
    }
}
