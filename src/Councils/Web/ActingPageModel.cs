using Councils.Accounts;
using Councils.Domain;
using Councils.Node;
using Councils.Node.Views;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Councils.Web;

/// <summary>
/// What every page about a body shares: it reads the body (404 when there is none) and who the
/// signed-in account acts as there; an act runs as that member and redirects (post, redirect,
/// get), or shows the page again with the refusal (<c>Shared/_Refusal.cshtml</c>) and what was typed.
/// </summary>
public abstract class ActingPageModel(INode node, ActingMember acting, IStringLocalizer<Text> text) : PageModel
{
    protected INode Node => node;

    protected IStringLocalizer<Text> T => text;

    public BodyView Body { get; private set; } = null!;

    /// <summary>The member the signed-in account acts as in the body, or null.</summary>
    public string? ActingAs { get; private set; }

    /// <summary>Why the last act was not done; null when nothing was refused.</summary>
    public Refusal? Refusal { get; private set; }

    /// <summary>The text key that says what a stale form (the motion closed meanwhile) left undone: a ballot, unless the page says otherwise.</summary>
    public string StaleClosedKey { get; protected set; } = "StaleClosed";

    /// <summary>Whether a refusal means there is no such body or motion.</summary>
    public static bool IsUnknown(RuleViolation violation) =>
        violation is not null && (violation.Rule.StartsWith("unknown-", StringComparison.Ordinal) || violation.Rule == Rules.BodyId);

    /// <summary>Shows the page, or 404 when there is no such body (or what <see cref="LoadMoreAsync"/> reads).</summary>
    protected async Task<IActionResult> ShowAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>Reads the body, what the page adds, and the acting member; false when there is no such body.</summary>
    protected async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        try
        {
            Body = await node.GetBodyAsync(id, ct);
            await LoadMoreAsync(ct);
        }
        catch (RuleViolation v) when (IsUnknown(v))
        {
            return false;
        }
        ActingAs = await acting.InBodyAsync(Body.Id, ct);
        return true;
    }

    /// <summary>What the page reads beside the body (a motion, the federations); run again after a refusal, so the page shows things as they are now.</summary>
    protected virtual Task LoadMoreAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Acts as the signed-in member: <paramref name="act"/> returns where to go next. Signed out or not a
    /// member, or refused by the node, the page is shown again with the refusal: the rule above
    /// <paramref name="form"/>, the node's sentence beside the field <paramref name="fieldOf"/> names
    /// (<paramref name="field"/> for one who may not act here).
    /// </summary>
    protected async Task<IActionResult> ActAsync(string id, string form, string field, Func<string, Task<IActionResult>> act,
        Func<RuleViolation, string>? fieldOf = null)
    {
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (ActingAs is null)
        {
            var signedIn = User.Identity?.IsAuthenticated == true;
            Refuse(form, new RuleViolation(Rules.NotAMember, signedIn ? text["NotAMemberHere"] : text[SignInToAct], null), field);
            return Page();
        }
        try
        {
            return await act(ActingAs);
        }
        catch (RuleViolation v)
        {
            // A stale form (the motion closed meanwhile) is said above the form, not beside a field.
            Refuse(form, v, v.Rule == Rules.MotionClosed ? "" : fieldOf?.Invoke(v) ?? "");
        }
        await LoadMoreAsync(ct);
        return Page();
    }

    /// <summary>The page again with what was typed and the errors beside their fields (422).</summary>
    protected IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>Records a refusal: the node's sentence beside <paramref name="field"/> (with the rule when "").</summary>
    protected void Refuse(string form, RuleViolation violation, string field)
    {
        Refusal = Refusal.Of(form, violation, field, text);
        if (field.Length > 0)
            ModelState.AddModelError(field, violation.Message);
        Response.StatusCode = Refusal.StatusCode;
    }

    /// <summary>The first error on <paramref name="field"/>, or null.</summary>
    public string? ErrorOf(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The key of the words that ask one who is signed out to sign in as a member, to act on this page.</summary>
    protected virtual string SignInToAct => "SignInToAct";

    /// <summary>Errors not tied to a field.</summary>
    public IEnumerable<string> TopErrors => ErrorOf("") is { } e ? [e] : [];
}
