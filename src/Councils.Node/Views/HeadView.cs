namespace Councils.Node.Views;

/// <summary>The end of a log: what a self-signing author needs to append next (seq = Size, prev = Hash).</summary>
public sealed record HeadView(long Size, string? Hash, string Root, long LastAt);
