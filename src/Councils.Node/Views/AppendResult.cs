namespace Councils.Node.Views;

/// <summary>Where an appended event landed: its sequence number and hash.</summary>
public sealed record AppendResult(string Body, long Seq, string Hash);
