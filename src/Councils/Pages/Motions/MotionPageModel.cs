using Councils.Domain;
using Councils.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Motions;

/// <summary>What the motion pages share: a node's refusal shown next to its field, with its rule in words.</summary>
public abstract class MotionPageModel(IStringLocalizer<Text> text) : PageModel
{
    protected IStringLocalizer<Text> T => text;

    /// <summary>The rule that refused the last action, in words; null when nothing was refused.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The refusal's code, such as <c>motion-closed</c>.</summary>
    public string? RefusalRule { get; private set; }

    /// <summary>The text key that says what a <c>motion-closed</c> refusal left undone (a ballot, unless the form says otherwise).</summary>
    public string StaleClosedKey { get; protected set; } = "StaleClosed";

    /// <summary>Shows a refusal: the rule in words at the top, the node's sentence next to <paramref name="field"/> (or at the top when empty).</summary>
    protected void Refuse(RuleViolation violation, string field)
    {
        ArgumentNullException.ThrowIfNull(violation);
        RefusalRule = violation.Rule;
        Refusal = text.Of("rule", violation.Rule);
        ModelState.AddModelError(field, violation.Message);
        Response.StatusCode = violation.Rule.StartsWith("unknown-", StringComparison.Ordinal) ? 404
            : violation.Rule is Rules.NotAMember ? 403 : 422;
    }

    /// <summary>Refuses an action because the account acts as no member here: signed out, or not a member.</summary>
    protected void RefuseAnonymous(string field)
    {
        var signedIn = User.Identity?.IsAuthenticated == true;
        RefusalRule = Rules.NotAMember;
        Refusal = text.Of("rule", Rules.NotAMember);
        ModelState.AddModelError(field, signedIn ? text["NotAMemberHere"] : text["SignInToAct"]);
        Response.StatusCode = 403;
    }

    /// <summary>The first error on <paramref name="field"/>, or null.</summary>
    public string? ErrorOf(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>Errors not tied to a field.</summary>
    public IEnumerable<string> TopErrors => ErrorOf("") is { } e ? [e] : [];
}
