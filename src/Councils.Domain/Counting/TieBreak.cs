namespace Councils.Domain.Counting;

/// <summary>
/// The stated rule for ties no other rule settles, as recorded with a result: the seed of the
/// drawing of lots and the order it gives.
/// </summary>
/// <param name="Seed">The seed the options gave.</param>
/// <param name="Order">Candidate names in the order of the lot, the first chosen first.</param>
/// <param name="Used">True when the lot decided something in this count.</param>
public sealed record TieBreak(ulong Seed, IReadOnlyList<string> Order, bool Used);
