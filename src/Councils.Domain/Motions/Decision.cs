using Councils.Domain.Methods;
using Councils.Domain.Record;

namespace Councils.Domain.Motions;

/// <summary>The decision on a motion: its full count, the charter version that applied, and who appended it when.</summary>
/// <param name="Count">The count of the motion's ballots, with the outcome.</param>
/// <param name="CharterVersion">The version of the charter in force when the motion opened, under which it was counted.</param>
/// <param name="At">When it was decided, in milliseconds since the Unix epoch.</param>
/// <param name="DecidedBy">Who appended the decision: the node, a member, or the proposer early.</param>
/// <param name="Seq">The seq of its <c>motion.decided</c> event.</param>
public sealed record Decision(Count Count, int CharterVersion, long At, PublicKey DecidedBy, long Seq)
{
    /// <summary>Carried, rejected or lapsed.</summary>
    public Outcome Outcome => Count.Outcome;
}
