namespace Councils.Node.Tests.Support;

/// <summary>A body made for a test: its id and its members in the order they joined, by handle, key and name.</summary>
internal sealed record Committee(string Id, IReadOnlyList<string> Handles, IReadOnlyList<string> Keys, IReadOnlyList<string> Names);
