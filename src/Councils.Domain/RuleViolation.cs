namespace Councils.Domain;

/// <summary>
/// The refusal of an act or a value because it breaks one of the body's rules. Every refusal in the
/// domain is a <see cref="RuleViolation"/>; <see cref="Rule"/> says which rule, in a stable code an
/// API can map to a problem type, and the message says it in plain English.
/// </summary>
/// <remarks>The codes are listed in <see cref="Rules"/> and in <c>docs/rules.md</c>.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1032:Implement standard exception constructors",
    Justification = "A refusal always names its rule; a constructor without one would build a refusal of nothing.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix",
    Justification = "The domain's word for a refusal is a rule violation; API and pages show it by that name.")]
public sealed class RuleViolation : Exception
{
    /// <summary>Makes a refusal.</summary>
    /// <param name="rule">The stable kebab-case code of the rule, one of <see cref="Rules"/>.</param>
    /// <param name="message">What was refused and which rule refuses it, in plain English.</param>
    /// <param name="field">The path of the offending value, such as <c>payload.ballot.choice</c>, when there is one.</param>
    public RuleViolation(string rule, string message, string? field = null)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrEmpty(rule);
        Rule = rule;
        Field = field;
    }

    /// <summary>The stable code of the rule that refuses, such as <c>ballot-duplicate</c>.</summary>
    public string Rule { get; }

    /// <summary>The path of the offending value, such as <c>payload.ballot.choice</c>; null when the act as a whole is refused.</summary>
    public string? Field { get; }
}
