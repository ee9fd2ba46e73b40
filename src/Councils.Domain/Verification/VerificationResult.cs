namespace Councils.Domain.Verification;

/// <summary>What verifying one log found.</summary>
/// <param name="Body">The body whose log it is (null if not even the first entry could be read).</param>
/// <param name="Events">How many events verified before the end or the failure.</param>
/// <param name="Checkpoints">How many checkpoints verified.</param>
/// <param name="Decisions">How many decisions were recounted from their ballots and matched.</param>
/// <param name="Failure">The first failure, or null when the whole log holds.</param>
public sealed record VerificationResult(string? Body, long Events, long Checkpoints, long Decisions, VerificationFailure? Failure)
{
    /// <summary>Whether the whole log holds.</summary>
    public bool Ok => Failure is null;
}
