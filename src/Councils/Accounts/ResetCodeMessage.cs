namespace Councils.Accounts;

/// <summary>A reset code on its way to the holder of the account <see cref="UserName"/>.</summary>
public sealed record ResetCodeMessage(string UserName, string BodyId, string Member, string IssuedBy, string Code, DateTimeOffset ExpiresAt);
