namespace Councils.Node.Views;

/// <summary>An RFC 9162 inclusion proof of entry <see cref="Seq"/> in the log of size <see cref="Size"/>.</summary>
public sealed record InclusionProofView(string Body, long Seq, long Size, string LeafHash, string Root, IReadOnlyList<string> Path);
