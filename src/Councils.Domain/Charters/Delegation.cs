using System.Text.Json.Nodes;
using Councils.Domain.Json;

namespace Councils.Domain.Charters;

/// <summary>
/// A charter's rules for the delegates the body sends to each federation it belongs to: how many
/// seats, how long a term lasts, how many consecutive terms one person may serve (rotation), how
/// many posts one person may hold at once across all bodies (the post cap), and how many members
/// must support a recall before its motion opens.
/// </summary>
public sealed record Delegation
{
    /// <summary>The most seats a body may hold in one federation.</summary>
    public const int MaxSeats = 64;

    /// <summary>The longest term: ten years, in seconds.</summary>
    public const long MaxTermSeconds = 10L * 366 * 24 * 60 * 60;

    /// <summary>Makes the rules.</summary>
    /// <exception cref="RuleViolation">A value is out of range (<c>payload-invalid</c>).</exception>
    public Delegation(int seats, long termSeconds, int consecutiveTerms, int postCap, int recallSupport)
    {
        Seats = Check(seats, 1, MaxSeats, "seats");
        TermSeconds = Check(termSeconds, 1, MaxTermSeconds, "termSeconds");
        ConsecutiveTerms = Check(consecutiveTerms, 1, 100, "consecutiveTerms");
        PostCap = Check(postCap, 1, 100, "postCap");
        RecallSupport = Check(recallSupport, 1, 1_000_000, "recallSupport");
    }

    /// <summary>One seat, a year's term, two consecutive terms, two posts at once, and any one member may start a recall.</summary>
    public static Delegation Default { get; } = new(1, 365L * 24 * 60 * 60, 2, 2, 1);

    /// <summary>How many delegates the body elects to each federation.</summary>
    public int Seats { get; }

    /// <summary>How long a delegate's term lasts, in seconds from the election's decision.</summary>
    public long TermSeconds { get; }

    /// <summary>The most consecutive terms one person may serve in the same federation for this body.</summary>
    public int ConsecutiveTerms { get; }

    /// <summary>The most posts (delegate seats) one person may hold at once across all bodies on the node, checked at election.</summary>
    public int PostCap { get; }

    /// <summary>How many members (the proposer included) must support a recall before its motion may open.</summary>
    public int RecallSupport { get; }

    /// <summary>Writes the rules: <c>{"consecutiveTerms":2,"postCap":2,"recallSupport":1,"seats":1,"termSeconds":31536000}</c>.</summary>
    public JsonObject ToJson() => new()
    {
        ["consecutiveTerms"] = ConsecutiveTerms,
        ["postCap"] = PostCap,
        ["recallSupport"] = RecallSupport,
        ["seats"] = Seats,
        ["termSeconds"] = TermSeconds,
    };

    internal static Delegation Read(JsonFields fields)
    {
        var delegation = new Delegation(
            (int)fields.Long("seats", 1, MaxSeats), fields.Long("termSeconds", 1, MaxTermSeconds),
            (int)fields.Long("consecutiveTerms", 1, 100), (int)fields.Long("postCap", 1, 100),
            (int)fields.Long("recallSupport", 1, 1_000_000));
        fields.End();
        return delegation;
    }

    private static T Check<T>(T value, T min, T max, string field) where T : IComparable<T> =>
        value.CompareTo(min) >= 0 && value.CompareTo(max) <= 0
            ? value
            : throw new RuleViolation(Rules.PayloadInvalid, $"A charter's '{field}' is between {min} and {max}, not {value}.", $"charter.delegation.{field}");
}
