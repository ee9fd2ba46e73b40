namespace Councils.Node.Views;

/// <summary>The first thing that failed verification: where (body, seq, line) and why.</summary>
public sealed record VerifyFailure(string? Body, long? Seq, long? Line, string Rule, string Message);
