namespace Councils.Node.Views;

/// <summary>A line in the list of bodies.</summary>
public sealed record BodySummary(string Id, string Name, string Kind, int Members, int OpenMotions, long Events);
