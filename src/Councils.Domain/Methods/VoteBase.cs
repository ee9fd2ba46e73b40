namespace Councils.Domain.Methods;

/// <summary>What the fraction of a <see cref="QualifiedMajority"/> is a fraction of. The record writes <c>cast</c> or <c>members</c>.</summary>
public enum VoteBase
{
    /// <summary>The votes cast: yes plus no; abstentions are not votes cast.</summary>
    VotesCast,

    /// <summary>All the members eligible on the motion, whether they cast a ballot or not.</summary>
    Members,
}
