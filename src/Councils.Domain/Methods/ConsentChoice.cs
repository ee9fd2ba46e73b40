namespace Councils.Domain.Methods;

/// <summary>A choice on a consent ballot. The record writes <c>consent</c>, <c>stand-aside</c> or <c>object</c>.</summary>
public enum ConsentChoice
{
    /// <summary>The member consents.</summary>
    Consent,

    /// <summary>The member does not support the motion but will not block it.</summary>
    StandAside,

    /// <summary>The member blocks the motion, for a stated reason.</summary>
    Object,
}
