using Councils.Domain;
using Microsoft.Extensions.Localization;

namespace Councils.Web;

/// <summary>A rule the node refused an act under, ready for a page: which form, which field, the rule in words.</summary>
public sealed record Refusal(string Form, string Rule, string Words, string Detail, string? Field)
{
    /// <summary>The refusal of <paramref name="violation"/>, its rule named in the page's language (<c>rule.&lt;code&gt;</c>).</summary>
    public static Refusal Of(string form, RuleViolation violation, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return new(form, violation.Rule, text.Of("rule", violation.Rule), violation.Message, violation.Field);
    }
}
