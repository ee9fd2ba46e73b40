namespace Councils.Node.Views;

/// <summary>The outcome of verifying one or more logs; <see cref="Failure"/> names the first failing event.</summary>
public sealed record VerifyReport(bool Ok, long Bodies, long Events, long Checkpoints, long Decisions, VerifyFailure? Failure);
