namespace Councils.Domain.Charters;

/// <summary>
/// How a federation decides a kind of matter. The record writes <c>delegates</c>,
/// <c>referendum</c> or <c>ratification</c>.
/// </summary>
public enum DecisionMode
{
    /// <summary>The delegates vote, each member body's weight its membership, split among its seats, within their mandates.</summary>
    Delegates,

    /// <summary>Every member of every member body votes; tallied per body and in total.</summary>
    Referendum,

    /// <summary>The federation drafts; each member body decides under its own charter; the result is assembled from their decisions.</summary>
    Ratification,
}
