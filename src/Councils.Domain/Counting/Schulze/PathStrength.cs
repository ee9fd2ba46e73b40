using System.Globalization;

namespace Councils.Domain.Counting.Schulze;

/// <summary>
/// The strength of a defeat or of a path, held exactly as <see cref="Numerator"/> /
/// <see cref="Denominator"/>. Winning votes and margins are whole numbers (denominator 1); a ratio
/// with nobody on the losing side has denominator 0 and is stronger than any finite ratio. Zero
/// means no defeat, no path.
/// </summary>
public readonly record struct PathStrength(long Numerator, long Denominator) : IComparable<PathStrength>
{
    /// <summary>No defeat: weaker than every defeat.</summary>
    public static PathStrength None { get; } = new(0, 1);

    /// <summary>Compares by cross-multiplication, so ratios are compared without rounding.</summary>
    public int CompareTo(PathStrength other)
    {
        if (Numerator == 0 || other.Numerator == 0)
            return Numerator.CompareTo(other.Numerator);
        return ((Int128)Numerator * other.Denominator).CompareTo((Int128)other.Numerator * Denominator);
    }

    /// <summary>True when the left strength is the weaker.</summary>
    public static bool operator <(PathStrength left, PathStrength right) => left.CompareTo(right) < 0;

    /// <summary>True when the left strength is the stronger.</summary>
    public static bool operator >(PathStrength left, PathStrength right) => left.CompareTo(right) > 0;

    /// <summary>True when the left strength is not the stronger.</summary>
    public static bool operator <=(PathStrength left, PathStrength right) => left.CompareTo(right) <= 0;

    /// <summary>True when the left strength is not the weaker.</summary>
    public static bool operator >=(PathStrength left, PathStrength right) => left.CompareTo(right) >= 0;

    /// <summary>"n" for a whole number, "n/d" for a ratio (d may be 0: unopposed).</summary>
    public override string ToString() =>
        Denominator == 1 || Numerator == 0
            ? Numerator.ToString(CultureInfo.InvariantCulture)
            : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
}
