using System.Globalization;

namespace Councils.Domain.Counting;

/// <summary>
/// A non-negative rational number held exactly, in lowest terms: a charter's threshold such as 1/2
/// or 2/3. Written "n/d" or as a whole number.
/// </summary>
public readonly record struct Fraction : IComparable<Fraction>
{
    /// <summary>Makes the fraction <paramref name="numerator"/>/<paramref name="denominator"/>, reduced.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The numerator is negative or the denominator is not positive.</exception>
    public Fraction(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        var gcd = (long)System.Numerics.BigInteger.GreatestCommonDivisor(numerator, denominator);
        Numerator = numerator / gcd;
        _denominator = denominator / gcd;
    }

    private readonly long _denominator;

    /// <summary>One half: a simple majority.</summary>
    public static Fraction Half { get; } = new(1, 2);

    /// <summary>The numerator, in lowest terms.</summary>
    public long Numerator { get; }

    /// <summary>The denominator, in lowest terms; 1 when the fraction was never set.</summary>
    public long Denominator => _denominator == 0 ? 1 : _denominator;

    /// <summary>Reads "n/d" or "n".</summary>
    /// <exception cref="FormatException">The text is not a non-negative fraction.</exception>
    public static Fraction Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var numeratorText = slash < 0 ? text : text[..slash];
        var denominatorText = slash < 0 ? "1" : text[(slash + 1)..];
        if (!long.TryParse(numeratorText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || !long.TryParse(denominatorText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d == 0)
            throw new FormatException($"'{text}' is not a fraction such as 2/3.");
        return new Fraction(n, d);
    }

    /// <inheritdoc />
    public int CompareTo(Fraction other) =>
        ((Int128)Numerator * other.Denominator).CompareTo((Int128)other.Numerator * Denominator);

    /// <summary>True when the left fraction is smaller.</summary>
    public static bool operator <(Fraction left, Fraction right) => left.CompareTo(right) < 0;

    /// <summary>True when the left fraction is larger.</summary>
    public static bool operator >(Fraction left, Fraction right) => left.CompareTo(right) > 0;

    /// <summary>True when the left fraction is not larger.</summary>
    public static bool operator <=(Fraction left, Fraction right) => left.CompareTo(right) <= 0;

    /// <summary>True when the left fraction is not smaller.</summary>
    public static bool operator >=(Fraction left, Fraction right) => left.CompareTo(right) >= 0;

    /// <summary>"n/d", or "n" for a whole number.</summary>
    public override string ToString() =>
        Denominator == 1 ? Numerator.ToString(CultureInfo.InvariantCulture) : $"{Numerator}/{Denominator}";
}
