namespace Councils.Node.Views;

/// <summary>An RFC 9162 consistency proof that the log of size <see cref="From"/> is a prefix of that of size <see cref="To"/>.</summary>
public sealed record ConsistencyProofView(string Body, long From, long To, string FromRoot, string ToRoot, IReadOnlyList<string> Path);
