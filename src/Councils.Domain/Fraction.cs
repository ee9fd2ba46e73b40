using System.Text.Json.Nodes;
using Councils.Domain.Json;

namespace Councils.Domain;

/// <summary>
/// An exact fraction between 0 and 1, such as a quorum or the threshold of a qualified majority.
/// Always reduced, so one value has one spelling; compared and applied exactly in integers.
/// </summary>
/// <remarks>The default value is zero (0/1).</remarks>
public readonly record struct Fraction : IComparable<Fraction>
{
    // Stored as den − 1 so that default(Fraction) is 0/1, a valid value.
    private readonly long _denMinusOne;

    private Fraction(long num, long den)
    {
        Num = num;
        _denMinusOne = den - 1;
    }

    /// <summary>Zero: 0/1.</summary>
    public static Fraction Zero => default;

    /// <summary>One: 1/1.</summary>
    public static Fraction One => new(1, 1);

    /// <summary>One half.</summary>
    public static Fraction Half => new(1, 2);

    /// <summary>The numerator, 0 ≤ <see cref="Num"/> ≤ <see cref="Den"/>.</summary>
    public long Num { get; }

    /// <summary>The denominator, at least 1.</summary>
    public long Den => _denMinusOne + 1;

    /// <summary>Makes the fraction <paramref name="num"/>/<paramref name="den"/>, reduced.</summary>
    /// <exception cref="RuleViolation">Unless 0 &lt; den and 0 ≤ num ≤ den (<c>payload-invalid</c>).</exception>
    public static Fraction Of(long num, long den)
    {
        Check(num, den, "");
        var divisor = Gcd(num, den);
        return new Fraction(num / divisor, den / divisor);
    }

    /// <summary>Reads <c>{"num":2,"den":3}</c>. Only the reduced spelling is accepted: <c>{"num":4,"den":6}</c> is refused.</summary>
    /// <param name="json">The object.</param>
    /// <param name="path">Where it sits, for the <see cref="RuleViolation.Field"/> of refusals.</param>
    /// <exception cref="RuleViolation">The object is not a reduced fraction between 0 and 1 (<c>payload-invalid</c>).</exception>
    public static Fraction FromJson(JsonObject json, string path = "fraction")
    {
        var fields = new JsonFields(json, path, "a fraction");
        var num = fields.Long("num");
        var den = fields.Long("den");
        fields.End();
        Check(num, den, path);
        var reduced = Of(num, den);
        return reduced.Num == num
            ? reduced
            : throw new RuleViolation(Rules.PayloadInvalid, $"A fraction is written reduced: {reduced}, not {num}/{den}.", path);
    }

    /// <summary>Reads "n/d" or "n" (a whole number is n/1), as on a command line.</summary>
    /// <exception cref="FormatException">The text is not a fraction between 0 and 1.</exception>
    public static Fraction Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var numerator = slash < 0 ? text : text[..slash];
        var denominator = slash < 0 ? "1" : text[(slash + 1)..];
        if (!long.TryParse(numerator.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            || !long.TryParse(denominator.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d)
            || d == 0 || n > d)
            throw new FormatException($"'{text}' is not a fraction between 0 and 1 such as 2/3.");
        return Of(n, d);
    }

    /// <summary>Writes <c>{"num":…,"den":…}</c>.</summary>
    public JsonObject ToJson() => new() { ["den"] = Den, ["num"] = Num };


    /// <summary>Whether <paramref name="part"/> is at least this fraction of <paramref name="whole"/>, exactly.</summary>
    public bool IsReachedBy(long part, long whole) => (Int128)part * Den >= (Int128)Num * whole;

    /// <summary>The smallest whole number that is at least this fraction of <paramref name="whole"/> (≥ 0).</summary>
    public long CeilingOf(long whole)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(whole);
        return (long)(((Int128)Num * whole + Den - 1) / Den);
    }

    /// <inheritdoc />
    public int CompareTo(Fraction other) => ((Int128)Num * other.Den).CompareTo((Int128)other.Num * Den);

    /// <summary>Whether <paramref name="left"/> is smaller than <paramref name="right"/>.</summary>
    public static bool operator <(Fraction left, Fraction right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(Fraction left, Fraction right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    public static bool operator <=(Fraction left, Fraction right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    public static bool operator >=(Fraction left, Fraction right) => left.CompareTo(right) >= 0;

    /// <summary>The fraction as <c>num/den</c>, such as <c>2/3</c>.</summary>
    public override string ToString() => $"{Num}/{Den}";

    private static void Check(long num, long den, string path)
    {
        if (den <= 0)
            throw new RuleViolation(Rules.PayloadInvalid, $"The denominator of a fraction is at least 1, not {den}.", Text.Path(path, "den"));
        if (num < 0 || num > den)
            throw new RuleViolation(Rules.PayloadInvalid, $"A fraction here is between 0 and 1: {num}/{den} is not.", Text.Path(path, "num"));
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
            (a, b) = (b, a % b);
        return a == 0 ? 1 : a;
    }
}
