namespace Councils.Node.Requests;

/// <summary>Opens a cell's election of its delegates to a federation: single transferable vote among the candidates (handles or keys) for the charter's seats.</summary>
public sealed record ElectDelegates(string By, string Federation, IReadOnlyList<string> Candidates, string? Title = null);
