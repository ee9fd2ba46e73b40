using System.Text.Json.Nodes;
using Councils.Domain.Counting;
using Councils.Domain.Counting.Schulze;
using Councils.Domain.Json;

namespace Councils.Domain.Methods;

/// <summary>
/// Schulze ranked choice among a motion's options: the option no other beats by a stronger path
/// wins. Defeats are measured by winning votes unless the spec says margins or ratio. Options the
/// count cannot separate are reported as a tie and settled by the motion's lot. Spec:
/// <c>{"type":"schulze","options":["a","b","c"],"strength":"winning","statusQuo":null,"threshold":null,"seed":12345}</c>.
/// </summary>
/// <remarks>
/// With a <see cref="StatusQuo"/> (say, "keep things as they are"), an option must be preferred to
/// it by more than half, and by at least <see cref="Threshold"/>, of the members who rank the two
/// differently, or it cannot win; when the status quo wins, the motion is rejected.
/// </remarks>
public sealed record SchulzeVote : OptionsMethod
{
    internal const string TypeName = "schulze";

    /// <summary>Makes the method.</summary>
    /// <param name="options">2 to 64 distinct names, each 1 to 200 characters.</param>
    /// <param name="seed">The seed of the lot, 0 to 2^53 − 1.</param>
    /// <param name="strength">How the strength of a defeat is measured.</param>
    /// <param name="statusQuo">The option that stands for no change, or null for none.</param>
    /// <param name="threshold">With a status quo, the share an option must beat it by, from 1/2 to 1 (1/2 when null); without one, null.</param>
    /// <exception cref="RuleViolation">A part is not valid (<c>payload-invalid</c>).</exception>
    public SchulzeVote(IEnumerable<string> options, long seed, SchulzeStrength strength = SchulzeStrength.WinningVotes, string? statusQuo = null, Fraction? threshold = null)
        : this(options, seed, strength, statusQuo, threshold ?? (statusQuo is null ? null : Fraction.Half), "")
    {
    }

    private SchulzeVote(IEnumerable<string> options, long seed, SchulzeStrength strength, string? statusQuo, Fraction? threshold, string path)
        : base(options, 1, seed, path)
    {
        Strength = Enum.IsDefined(strength) ? strength : throw new ArgumentOutOfRangeException(nameof(strength));
        if (statusQuo is not null && IndexOf(statusQuo) < 0)
            throw new RuleViolation(Rules.PayloadInvalid, $"The status quo '{statusQuo}' is not one of the options.", Text.Path(path, "statusQuo"));
        if ((statusQuo is null) != (threshold is null))
            throw new RuleViolation(Rules.PayloadInvalid,
                "A status quo comes with the threshold an option must beat it by, and a threshold only with a status quo.", Text.Path(path, "threshold"));
        if (threshold is { } t && t < Fraction.Half)
            throw new RuleViolation(Rules.PayloadInvalid,
                $"An option always needs more than half to beat the status quo, so the threshold is from 1/2 to 1, not {t}.", Text.Path(path, "threshold"));
        StatusQuo = statusQuo;
        Threshold = threshold;
    }

    /// <summary>How the strength of a defeat is measured.</summary>
    public SchulzeStrength Strength { get; }

    /// <summary>The option that stands for no change; null for none.</summary>
    public string? StatusQuo { get; }

    /// <summary>With a status quo, the share of those who rank an option and it differently who must prefer the option; otherwise null.</summary>
    public Fraction? Threshold { get; }

    /// <inheritdoc />
    public override string Type => TypeName;

    private protected override BallotKind Kind => BallotKind.Ranked;

    /// <inheritdoc />
    public override Ballot ReadBallot(JsonObject ballot, string path = "ballot") => RankedBallot.Read(ballot, path, this);

    /// <inheritdoc />
    public override JsonObject ToJson()
    {
        var json = SpecJson();
        json["statusQuo"] = StatusQuo;
        json["strength"] = Spelling(Strength);
        json["threshold"] = Threshold?.ToJson();
        return json;
    }

    /// <summary>"Schulze ranked choice among 3 options by winning votes, status quo 'no change' by 1/2".</summary>
    public override string ToString()
    {
        var measure = Strength switch { SchulzeStrength.Margins => "margins", SchulzeStrength.Ratio => "ratios", _ => "winning votes" };
        return $"Schulze ranked choice among {Options.Length} options by {measure}{(StatusQuo is null ? "" : $", status quo '{StatusQuo}' by {Threshold}")}";
    }

    internal static SchulzeVote Read(JsonFields fields)
    {
        var options = ReadOptions(fields);
        var text = fields.String("strength");
        SchulzeStrength strength = text switch
        {
            "winning" => SchulzeStrength.WinningVotes,
            "margin" => SchulzeStrength.Margins,
            "ratio" => SchulzeStrength.Ratio,
            _ => throw fields.Refuse("strength", $"The strength of a Schulze defeat is 'winning', 'margin' or 'ratio', not '{text}'."),
        };
        var statusQuo = fields.Node("statusQuo") is null ? null : fields.String("statusQuo");
        var threshold = fields.ObjectOrNull("threshold") is { } t ? Fraction.FromJson(t, fields.PathOf("threshold")) : (Fraction?)null;
        return new(options, ReadSeed(fields), strength, statusQuo, threshold, fields.PathPrefix);
    }

    private protected override CountResult Tally(Election election, CountOptions options) =>
        new SchulzeMethod().Count(election, options with { Strength = Strength, StatusQuo = StatusQuo, StatusQuoThreshold = Threshold ?? Fraction.Half });

    /// <summary>The status quo won: nothing changes, and the motion is rejected.</summary>
    private protected override bool Rejects(CountResult result) => StatusQuo is not null && result.Winners[0] == StatusQuo;

    private static string Spelling(SchulzeStrength strength) => strength switch
    {
        SchulzeStrength.Margins => "margin",
        SchulzeStrength.Ratio => "ratio",
        _ => "winning",
    };
}
