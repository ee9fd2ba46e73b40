namespace Councils.Domain.Counting.Schulze;

/// <summary>How a Schulze count measures the strength of a pairwise defeat of Y by X.</summary>
public enum SchulzeStrength
{
    /// <summary>The number of voters who prefer X to Y, when that is more than those who prefer Y to X.</summary>
    WinningVotes,

    /// <summary>Those who prefer X to Y less those who prefer Y to X, when positive.</summary>
    Margins,

    /// <summary>Those who prefer X to Y divided by those who prefer Y to X, when above one; compared exactly.</summary>
    Ratio,
}
