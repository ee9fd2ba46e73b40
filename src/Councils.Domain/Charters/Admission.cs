namespace Councils.Domain.Charters;

/// <summary>How a person becomes a member of a body. The record writes <c>open</c>, <c>by-member</c> or <c>by-decision</c>.</summary>
public enum Admission
{
    /// <summary>A person joins by their own signed act: the author of <c>member.admitted</c> is the new member.</summary>
    Open,

    /// <summary>Any current member admits a person: the author of <c>member.admitted</c> is a member.</summary>
    ByMember,

    /// <summary>Only a carried motion with an admission effect admits; <c>member.admitted</c> is refused.</summary>
    ByDecision,
}
