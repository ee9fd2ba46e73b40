namespace Councils.Node.Views;

/// <summary>The outcome of verifying one or more logs; <see cref="Failure"/> names the first failing event.</summary>
/// <remarks><see cref="Citations"/> counts the records of member bodies' acts in federations checked against the cited logs (a node's check only).</remarks>
public sealed record VerifyReport(bool Ok, long Bodies, long Events, long Checkpoints, long Decisions, VerifyFailure? Failure, long Citations = 0);
