using System.Text.Json.Nodes;
using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Methods;

/// <summary>
/// A qualified majority: the motion carries when more ballots say yes than no and the yes reach
/// <see cref="Threshold"/> of the <see cref="Base"/>, counted exactly in integers:
/// yes × den ≥ num × base. With 2/3 of the votes cast, 6 yes and 3 no carry; 5 yes and 3 no do not.
/// </summary>
/// <remarks>
/// "More yes than no" keeps a qualified majority a majority: without it a threshold of 1/2 would
/// carry a tie, and a motion on which everyone abstained would carry under any threshold of the votes cast.
/// </remarks>
public sealed record QualifiedMajority : DecisionMethod
{
    internal const string TypeName = "qualified";

    /// <summary>Makes a qualified majority.</summary>
    /// <param name="threshold">The fraction of the base the yes must reach, above zero.</param>
    /// <param name="base">What the threshold is a fraction of.</param>
    /// <exception cref="RuleViolation">The threshold is zero (<c>payload-invalid</c>).</exception>
    public QualifiedMajority(Fraction threshold, VoteBase @base)
    {
        Threshold = threshold.Num > 0
            ? threshold
            : throw new RuleViolation(Rules.PayloadInvalid, "The threshold of a qualified majority is above zero.", "num");
        Base = Enum.IsDefined(@base) ? @base : throw new ArgumentOutOfRangeException(nameof(@base));
    }

    /// <summary>Two thirds of the votes cast, the usual threshold for a charter amendment.</summary>
    public static QualifiedMajority TwoThirdsOfVotesCast { get; } = new(Fraction.Of(2, 3), VoteBase.VotesCast);

    /// <summary>The fraction of the base the yes must reach.</summary>
    public Fraction Threshold { get; }

    /// <summary>What the threshold is a fraction of: the votes cast (yes + no) or the eligible members.</summary>
    public VoteBase Base { get; }

    /// <inheritdoc />
    public override string Type => TypeName;

    /// <inheritdoc />
    public override Ballot ReadBallot(JsonObject ballot, string path = "ballot") => MajorityBallot.Read(ballot, path);

    /// <inheritdoc />
    private protected override IEnumerable<Ballot> Extremes => MajorityBallot.Extremes;

    /// <inheritdoc />
    public override JsonObject ToJson() => new()
    {
        ["den"] = Threshold.Den,
        ["num"] = Threshold.Num,
        ["of"] = Spellings.Of(Base),
        ["type"] = TypeName,
    };

    /// <summary>"qualified majority of 2/3 of the votes cast".</summary>
    public override string ToString() =>
        $"qualified majority of {Threshold} of the {(Base == VoteBase.VotesCast ? "votes cast" : "members")}";

    internal static QualifiedMajority Read(JsonFields fields)
    {
        var num = fields.Long("num");
        var den = fields.Long("den");
        var of = fields.String("of");
        var threshold = Fraction.FromJson(new JsonObject { ["num"] = num, ["den"] = den }, fields.PathPrefix);
        if (!Spellings.TryRead(of, out VoteBase @base))
            throw fields.Refuse("of", $"A qualified majority is of {Spellings.Listed<VoteBase>()}, not '{of}'.");
        return threshold.Num > 0
            ? new QualifiedMajority(threshold, @base)
            : throw fields.Refuse("num", "The threshold of a qualified majority is above zero.");
    }

    private protected override Count Weigh(IReadOnlyDictionary<PublicKey, Ballot> ballots, long eligible, long quorumNeeded)
    {
        var tally = MajorityTally.Of(BallotsOf<MajorityBallot>(ballots).Select(b => b.Ballot));
        var whole = Base == VoteBase.VotesCast ? tally.Yes + tally.No : eligible;
        var carried = tally.Yes > tally.No && Threshold.IsReachedBy(tally.Yes, whole);
        return new Count(tally.ToTallies(), eligible, quorumNeeded, [], OutcomeOf(ballots.Count, quorumNeeded, carried));
    }
}
