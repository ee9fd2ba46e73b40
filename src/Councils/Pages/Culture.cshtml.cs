using Councils.Web;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Councils.Pages;

/// <summary>
/// The language switcher's target: remembers the chosen culture in a cookie and goes back, no script needed. The
/// one form without an antiforgery token: another site could at worst switch a visitor's language, and leaving the
/// token out of the form every page carries spares an anonymous page view a token and a cookie (30 % of its cost
/// under load; docs/benchmarks.md).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class CultureModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (culture is not null && PagesComposition.Cultures.Any(c => c.Name == culture))
        {
            Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        }
        return LocalRedirect(returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
