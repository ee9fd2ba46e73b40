namespace Councils.Domain.Methods;

/// <summary>The rules of a <see cref="SingleTransferableVote"/>. The record writes <c>scottish</c> or <c>meek</c>.</summary>
public enum StvRules
{
    /// <summary>The Scottish rules (SSI 2007/42): weighted inclusive Gregory, values cut to five decimals; the default for electing delegates.</summary>
    Scottish,

    /// <summary>Meek's method, in fixed point with <see cref="SingleTransferableVote.MeekDigits"/> decimals.</summary>
    Meek,
}
