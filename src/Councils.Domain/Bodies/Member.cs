namespace Councils.Domain.Bodies;

/// <summary>A member of a body.</summary>
/// <param name="Name">Their name.</param>
/// <param name="AdmittedAtSeq">The seq of the event that made them a member: <c>body.created</c>, <c>member.admitted</c> or the <c>motion.decided</c> of a carried admission.</param>
public sealed record Member(string Name, long AdmittedAtSeq);
