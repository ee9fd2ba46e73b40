using System.Globalization;
using System.Numerics;

namespace Councils.Domain.Counting;

/// <summary>
/// An exact number of votes in fixed point: <see cref="Units"/> of ten to the minus
/// <see cref="Decimals"/>. Scottish STV counts in units of 0.00001, Meek in much smaller ones,
/// approval and score in whole votes. Never a binary floating-point number.
/// </summary>
public readonly record struct VoteValue(BigInteger Units, int Decimals)
{
    /// <summary>A whole number of votes.</summary>
    public static VoteValue Whole(long votes) => new(votes, 0);

    /// <summary>The value with all its decimals, e.g. "1300.00000".</summary>
    public override string ToString() => ToString(Decimals);

    /// <summary>The value cut (not rounded) to at most <paramref name="decimals"/> places.</summary>
    public string ToString(int decimals)
    {
        var shown = Math.Min(decimals, Decimals);
        var units = BigInteger.Abs(Units) / BigInteger.Pow(10, Decimals - shown);
        var sign = Units.Sign < 0 ? "-" : "";
        if (shown == 0)
            return sign + units.ToString(CultureInfo.InvariantCulture);
        var digits = units.ToString(CultureInfo.InvariantCulture).PadLeft(shown + 1, '0');
        return $"{sign}{digits[..^shown]}.{digits[^shown..]}";
    }
}
