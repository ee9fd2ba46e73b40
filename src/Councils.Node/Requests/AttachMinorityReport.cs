namespace Councils.Node.Requests;

/// <summary>Attaches a member's minority report to a motion or its decision.</summary>
public sealed record AttachMinorityReport(string By, string Text);
