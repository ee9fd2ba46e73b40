namespace Councils.Domain.Counting;

/// <summary>What happened at one stage of a count.</summary>
public enum StageAction
{
    /// <summary>The first preferences (or the approvals or scores) were counted.</summary>
    FirstCount,

    /// <summary>The surplus of an elected candidate was transferred.</summary>
    Surplus,

    /// <summary>A candidate was excluded and the ballots they held were transferred.</summary>
    Exclusion,

    /// <summary>Meek: keep factors were iterated until a candidate was elected or the surplus was small.</summary>
    Iteration,
}
