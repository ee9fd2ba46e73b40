namespace Councils.Domain.Verification;

/// <summary>The first thing in a log that does not hold.</summary>
/// <param name="Line">The 1-based line of the export where it is.</param>
/// <param name="Seq">The sequence number of the event that fails (the one that should stand there), when the line is an entry.</param>
/// <param name="Rule">What failed: a rule code of the body, or one of the record's (entry-format, signature, chain, checkpoint).</param>
/// <param name="Message">A plain sentence saying what is wrong.</param>
public sealed record VerificationFailure(long Line, long? Seq, string Rule, string Message);
