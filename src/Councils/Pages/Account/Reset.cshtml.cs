using System.ComponentModel.DataAnnotations;
using Councils.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Councils.Pages.Account;

/// <summary>The holder of an account sets a new password with a code a member issued; limited like sign-in.</summary>
[EnableRateLimiting(AccountsComposition.SignInPolicy)]
public sealed class ResetModel(ResetCodes codes) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Required")]
    [Display(Name = "AccountName")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Required")]
    [Display(Name = "ResetCode")]
    public string Code { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Required")]
    [Display(Name = "NewPassword")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        var refusals = await codes.RedeemAsync(UserName, Code, Password, ct);
        foreach (var r in refusals)
            ModelState.AddModelError(r.Field, r.Message);
        Done = refusals.Count == 0;
        if (Done)
            ModelState.Clear();
        return Page();
    }
}
