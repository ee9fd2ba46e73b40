namespace Councils.Domain.Motions;

/// <summary>The id of a motion: the seq of the <c>motion.opened</c> event that opened it in its body's log.</summary>
/// <param name="Seq">The seq of the <c>motion.opened</c> event.</param>
public readonly record struct MotionId(long Seq) : IComparable<MotionId>
{
    /// <inheritdoc />
    public int CompareTo(MotionId other) => Seq.CompareTo(other.Seq);

    /// <summary>Whether <paramref name="left"/> opened before <paramref name="right"/>.</summary>
    public static bool operator <(MotionId left, MotionId right) => left.Seq < right.Seq;

    /// <summary>Whether <paramref name="left"/> opened after <paramref name="right"/>.</summary>
    public static bool operator >(MotionId left, MotionId right) => left.Seq > right.Seq;

    /// <summary>Whether <paramref name="left"/> opened no later than <paramref name="right"/>.</summary>
    public static bool operator <=(MotionId left, MotionId right) => left.Seq <= right.Seq;

    /// <summary>Whether <paramref name="left"/> opened no earlier than <paramref name="right"/>.</summary>
    public static bool operator >=(MotionId left, MotionId right) => left.Seq >= right.Seq;

    /// <summary>The seq, as the record writes a motion: <c>4</c>.</summary>
    public override string ToString() => Seq.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
