using System.ComponentModel.DataAnnotations;
using Councils.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Councils.Pages.Account;

/// <summary>The form a newcomer fills in to join a body: their name as members see it, a user name and a password.</summary>
public abstract class NewcomerModel : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Required")]
    [StringLength(100, ErrorMessage = "TooLong")]
    [Display(Name = "YourName")]
    public string Name { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Required")]
    [StringLength(64, ErrorMessage = "TooLong")]
    [Display(Name = "AccountName")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Required")]
    [Display(Name = "Password")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    /// <summary>Puts each refusal next to its field; true when there were none.</summary>
    protected bool Accept(IReadOnlyList<FieldError> refusals)
    {
        foreach (var r in refusals)
            ModelState.AddModelError(r.Field, r.Message);
        return refusals.Count == 0;
    }
}
