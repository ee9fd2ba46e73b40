using Councils.Domain.Methods;
using Councils.Domain.Record;

namespace Councils.Domain.Motions;

/// <summary>A ballot in a motion: whose, what it says, and where it is in the log.</summary>
/// <param name="Member">The member who cast it.</param>
/// <param name="Ballot">The ballot, as the motion's method read it.</param>
/// <param name="Seq">The seq of its <c>ballot.cast</c> event.</param>
/// <param name="At">When it was cast, in milliseconds since the Unix epoch.</param>
public sealed record CastBallot(PublicKey Member, Ballot Ballot, long Seq, long At);
