namespace Councils.Node.Requests;

/// <summary>Opens a cell's election of its delegates to a federation: single transferable vote among the candidates (handles or keys) for the charter's seats.</summary>
public sealed record ElectDelegates(string By, string Federation, IReadOnlyList<string> Candidates, string? Title = null);

/// <summary>A member's support for recalling a delegate (a handle or key) from a federation.</summary>
public sealed record PetitionRecall(string By, string Federation, string Delegate);

/// <summary>The proposer's new text for an open agenda item of a federation.</summary>
public sealed record AmendMotion(string By, string Text);
