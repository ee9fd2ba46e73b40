namespace Councils.Accounts;

/// <summary>
/// A body's invitation to a newcomer: a link one member made, good once and until it expires. Only
/// the SHA-256 of its token is stored; the token itself is shown once, to the member who made it.
/// </summary>
public sealed class Invitation
{
    public long Id { get; init; }

    /// <summary>SHA-256 of the token in the link, hex.</summary>
    public required string TokenHash { get; init; }

    public required string BodyId { get; init; }

    /// <summary>The member who invites: the admitting member (<c>By</c>) when the newcomer joins.</summary>
    public required string Inviter { get; init; }

    /// <summary>Unix milliseconds by the node's clock.</summary>
    public long CreatedAt { get; init; }

    public long ExpiresAt { get; init; }

    /// <summary>When the newcomer joined by it; null while it is unused.</summary>
    public long? UsedAt { get; set; }
}
