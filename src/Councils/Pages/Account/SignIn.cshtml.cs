using System.ComponentModel.DataAnnotations;
using Councils.Accounts;
using Councils.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Account;

/// <summary>Sign-in by member id and password; limited per client address, with lockout after repeated failures.</summary>
[EnableRateLimiting(AccountsComposition.SignInPolicy)]
public sealed class SignInModel(SignInManager<Accounts.Account> signIn, IStringLocalizer<Text> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Required")]
    [Display(Name = "UserName")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Required")]
    [Display(Name = "Password")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty]
    [Display(Name = "RememberMe")]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The JSON of <c>navigator.credentials.get()</c>'s result, filled in by passkeys.js.</summary>
    [BindProperty]
    public string? CredentialJson { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
            return Back();
        // The error sits next to the password field; the member id stays as typed.
        ModelState.AddModelError(nameof(Password), result.IsLockedOut ? text["SignInLockedOut"] : text["SignInFailed"]);
        return Page();
    }

    /// <summary>The options for <c>navigator.credentials.get()</c>, for any passkey of this site (no user name asked).</summary>
    public async Task<IActionResult> OnPostRequestOptionsAsync() =>
        Content(await signIn.MakePasskeyRequestOptionsAsync(null), "application/json");

    public async Task<IActionResult> OnPostPasskeyAsync()
    {
        // The password form's fields are not part of this form.
        ModelState.Clear();
        var result = string.IsNullOrEmpty(CredentialJson) ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasskeySignInAsync(CredentialJson);
        if (result.Succeeded)
            return Back();
        ModelState.AddModelError(nameof(CredentialJson), result.IsLockedOut ? text["SignInLockedOut"] : text["PasskeySignInFailed"]);
        return Page();
    }

    private LocalRedirectResult Back() => LocalRedirect(ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/account");
}
