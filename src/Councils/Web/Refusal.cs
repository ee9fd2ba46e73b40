using Councils.Domain;
using Microsoft.Extensions.Localization;

namespace Councils.Web;

/// <summary>
/// A rule the node refused an act under, ready for a page: which form ("" for the page's one form),
/// the rule's code and its words, the node's sentence, and the page field it is shown beside
/// ("" when it is shown with the rule, above the form), and the answer's status: 404 for what does not
/// exist, 403 when the one acting is not a member, 422 for any other rule (a candidate who is not a
/// member among them: the node names the field for it, never for the one acting).
/// </summary>
public sealed record Refusal(string Form, string Rule, string Words, string Detail, string Field, int StatusCode)
{
    /// <summary>The alert's id: <c>refusal</c> for a page's one form, <c>error-&lt;form&gt;</c> beside one of several.</summary>
    public string Id => Form.Length == 0 ? "refusal" : $"error-{Form}";

    /// <summary>Whether the form was stale: the motion closed while it was open.</summary>
    public bool Stale => Rule == Rules.MotionClosed;

    /// <summary>The refusal of <paramref name="violation"/>, its rule named in the page's language (<c>rule.&lt;code&gt;</c>).</summary>
    public static Refusal Of(string form, RuleViolation violation, string field, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(violation);
        ArgumentNullException.ThrowIfNull(text);
        var status = violation.Rule.StartsWith("unknown-", StringComparison.Ordinal) ? 404
            : violation.Rule == Rules.NotAMember && violation.Field is null ? 403
            : 422;
        return new(form, violation.Rule, text.Of("rule", violation.Rule), violation.Message, field, status);
    }
}
