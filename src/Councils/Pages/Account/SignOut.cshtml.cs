using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Councils.Pages.Account;

/// <summary>Signs out by POST only (a link could be followed by anyone's page); a GET goes back to the front page.</summary>
public sealed class SignOutModel(SignInManager<Accounts.Account> signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
