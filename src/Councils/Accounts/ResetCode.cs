namespace Councils.Accounts;

/// <summary>
/// A one-time code a member issued for another member's account so that its holder can set a new
/// password. Stored as a password hash (the code is short), good once, until it expires, and for a
/// few wrong tries only.
/// </summary>
public sealed class ResetCode
{
    public long Id { get; init; }

    public required string AccountId { get; init; }

    public required string CodeHash { get; init; }

    public required string BodyId { get; init; }

    /// <summary>The member who issued it, in <see cref="BodyId"/>.</summary>
    public required string IssuedBy { get; init; }

    /// <summary>Unix milliseconds by the node's clock.</summary>
    public long CreatedAt { get; init; }

    public long ExpiresAt { get; init; }

    public long? UsedAt { get; set; }

    /// <summary>Wrong codes tried against this one; past <see cref="ResetCodes.MaxAttempts"/> it is void.</summary>
    public int FailedAttempts { get; set; }
}
