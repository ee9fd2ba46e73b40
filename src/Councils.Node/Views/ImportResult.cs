namespace Councils.Node.Views;

/// <summary>What an import stored.</summary>
public sealed record ImportResult(string Body, long Events, long Checkpoints);
