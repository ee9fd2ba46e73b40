using Councils.Domain.Counting.Schulze;

namespace Councils.Domain.Counting;

/// <summary>How to count: the choices a charter or a motion fixes before the ballots are opened.</summary>
public sealed record CountOptions
{
    /// <summary>The options every method uses unless told otherwise.</summary>
    public static CountOptions Default { get; } = new();

    /// <summary>Seats to fill; when null, the election's own number.</summary>
    public int? Seats { get; init; }

    /// <summary>How Schulze measures the strength of a pairwise defeat. Winning votes unless set.</summary>
    public SchulzeStrength Strength { get; init; } = SchulzeStrength.WinningVotes;

    /// <summary>
    /// The name of the status-quo option of a Schulze count, or null. An option that does not beat
    /// it by <see cref="StatusQuoThreshold"/> cannot win.
    /// </summary>
    public string? StatusQuo { get; init; }

    /// <summary>
    /// The share of the voters who rank an option and the status quo differently that must prefer
    /// the option: at least this share, and always more than half. One half unless set.
    /// </summary>
    public Fraction StatusQuoThreshold { get; init; } = Fraction.Half;

    /// <summary>The seed of the drawing of lots that settles a tie no rule settles; recorded in the result.</summary>
    public ulong TieBreakSeed { get; init; }

    /// <summary>
    /// Decimal places of the fixed-point arithmetic of a Meek count. Thirty unless set; iteration
    /// stops once the total surplus is below ten to the minus half of this.
    /// </summary>
    public int MeekDigits { get; init; } = 30;
}
