namespace Councils.Domain.Methods;

/// <summary>How a motion ends. The record writes <c>carried</c>, <c>rejected</c> or <c>lapsed</c>.</summary>
public enum Outcome
{
    /// <summary>The motion passed under its method; its effect, if any, applies.</summary>
    Carried,

    /// <summary>Enough members cast a ballot, and the motion did not pass.</summary>
    Rejected,

    /// <summary>Too few members cast a ballot to reach the quorum; nothing was decided either way.</summary>
    Lapsed,
}
