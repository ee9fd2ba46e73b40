namespace Councils.Accounts;

/// <summary>
/// A link from an account to a membership in a body: in <see cref="BodyId"/> the account acts as
/// the member <see cref="Member"/> (a handle the node holds the key of). One member per account and
/// body, and one account per member of a body.
/// </summary>
public sealed class AccountMembership
{
    public required string AccountId { get; init; }

    public required string BodyId { get; init; }

    public required string Member { get; init; }
}
