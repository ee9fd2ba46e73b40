namespace Councils.Node.Requests;

/// <summary>A member's support for recalling a delegate (a handle or key) from a federation.</summary>
public sealed record PetitionRecall(string By, string Federation, string Delegate);
