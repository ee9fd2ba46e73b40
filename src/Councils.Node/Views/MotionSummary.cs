namespace Councils.Node.Views;

/// <summary>A line in a body's list of motions.</summary>
public sealed record MotionSummary(long Id, string Title, string Status, string? Outcome, long ClosesAt, int BallotsCast);
