using Councils.Domain.Record;

namespace Councils.Domain.Motions;

/// <summary>
/// A member's statement attached to a motion, before or after its decision. It stays with the
/// motion and travels with the decision; nothing can remove it.
/// </summary>
/// <param name="Author">The member who wrote it.</param>
/// <param name="Text">What it says.</param>
/// <param name="Seq">The seq of its <c>minority-report.attached</c> event.</param>
/// <param name="At">When it was attached, in milliseconds since the Unix epoch.</param>
public sealed record MinorityReport(PublicKey Author, string Text, long Seq, long At);
