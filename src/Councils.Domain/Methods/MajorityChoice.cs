namespace Councils.Domain.Methods;

/// <summary>A choice on a majority ballot. The record writes <c>yes</c>, <c>no</c> or <c>abstain</c>.</summary>
public enum MajorityChoice
{
    /// <summary>For the motion.</summary>
    Yes,

    /// <summary>Against the motion.</summary>
    No,

    /// <summary>Neither: counts toward the quorum, not toward the majority.</summary>
    Abstain,
}
