namespace Councils.Domain.Planning.Economy;

/// <summary>One thing a plan file claims or needs that does not hold.</summary>
/// <param name="Item">Which item: a path in the plan file such as <c>plan.activity[12]</c>, <c>goods[3]</c> (a balance) or <c>certificate.bound</c>.</param>
/// <param name="Message">What is wrong, in plain words, with the figures.</param>
/// <param name="Amount">By how much it is off (absolute), or NaN when that is not a number's difference.</param>
public sealed record VerificationFailure(string Item, string Message, double Amount);
