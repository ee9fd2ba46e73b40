namespace Councils.Node.Views;

/// <summary>A member of a body; the handle is set when this node holds the member's key.</summary>
public sealed record MemberView(string Key, string Name, string? Handle, long AdmittedSeq);
