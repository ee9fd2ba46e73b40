using Councils.Domain.Charters;
using Councils.Domain.Motions;

namespace Councils.Domain.Bodies;

/// <summary>One version of a body's charter, and how it came to be.</summary>
/// <param name="Version">Its number: 1 for the founding charter, then one more for each carried amendment.</param>
/// <param name="Charter">The rules.</param>
/// <param name="Motion">The carried motion that adopted it; null for the founding charter.</param>
/// <param name="Seq">The seq of the event that adopted it: <c>body.created</c> or the amendment's <c>motion.decided</c>.</param>
public sealed record CharterVersion(int Version, Charter Charter, MotionId? Motion, long Seq);
