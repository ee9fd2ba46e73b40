namespace Councils.Node.Requests;

/// <summary>Closes a motion and records its decision; by the node when <see cref="By"/> is null.</summary>
public sealed record CloseMotion(string? By = null);
