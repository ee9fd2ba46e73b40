using Councils.Domain.Record;

namespace Councils.Domain.Motions;

/// <summary>
/// A member's contribution to the discussion of a motion, posted while the motion was open. Like
/// every act it stays in the log; nothing can edit or remove it.
/// </summary>
/// <param name="Author">The member who posted it.</param>
/// <param name="Text">What it says.</param>
/// <param name="Answers">The seq of the earlier contribution on the same motion it answers; null when it answers none.</param>
/// <param name="Seq">The seq of its <c>discussion.posted</c> event.</param>
/// <param name="At">When it was posted, in milliseconds since the Unix epoch.</param>
public sealed record Contribution(PublicKey Author, string Text, long? Answers, long Seq, long At);
