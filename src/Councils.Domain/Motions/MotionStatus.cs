namespace Councils.Domain.Motions;

/// <summary>Where a motion stands at a given moment.</summary>
public enum MotionStatus
{
    /// <summary>Before its deadline and not decided: members may cast ballots.</summary>
    Open,

    /// <summary>Its deadline has passed and no one has yet appended its decision; no more ballots.</summary>
    Closed,

    /// <summary>Its decision is in the log.</summary>
    Decided,
}
