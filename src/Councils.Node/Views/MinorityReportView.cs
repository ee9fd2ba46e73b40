namespace Councils.Node.Views;

/// <summary>A statement a member attached to a motion or its decision.</summary>
public sealed record MinorityReportView(string Author, string Name, string Text, long Seq, long At);
