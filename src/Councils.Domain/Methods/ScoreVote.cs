using System.Text.Json.Nodes;
using Councils.Domain.Counting;
using Councils.Domain.Json;

namespace Councils.Domain.Methods;

/// <summary>
/// Score voting among a motion's options: each member gives each option a whole score from 0 to
/// <see cref="Max"/>, and the <see cref="OptionsMethod.Seats"/> highest totals win. Options level
/// across the last seat are a tie, settled by the motion's lot. Spec:
/// <c>{"type":"score","options":["a","b","c"],"max":5,"seats":1,"seed":12345}</c>.
/// </summary>
public sealed record ScoreVote : OptionsMethod
{
    /// <summary>The highest maximum score a method may set.</summary>
    public const int MaxMax = 100;

    internal const string TypeName = "score";

    /// <summary>Makes the method.</summary>
    /// <param name="options">2 to 64 distinct names, each 1 to 200 characters.</param>
    /// <param name="max">The highest score, 1 to <see cref="MaxMax"/>.</param>
    /// <param name="seats">How many options win, from 1 to the number of options.</param>
    /// <param name="seed">The seed of the lot, 0 to 2^53 − 1.</param>
    /// <exception cref="RuleViolation">A part is not valid (<c>payload-invalid</c>).</exception>
    public ScoreVote(IEnumerable<string> options, int max, int seats, long seed)
        : this(options, max, seats, seed, "")
    {
    }

    private ScoreVote(IEnumerable<string> options, int max, int seats, long seed, string path)
        : base(options, seats, seed, path)
    {
        Max = max is >= 1 and <= MaxMax
            ? max
            : throw new RuleViolation(Rules.PayloadInvalid, $"The highest score is from 1 to {MaxMax}, not {max}.", Text.Path(path, "max"));
    }

    /// <summary>The highest score a ballot may give an option.</summary>
    public int Max { get; }

    /// <inheritdoc />
    public override string Type => TypeName;

    private protected override BallotKind Kind => BallotKind.Score;

    /// <inheritdoc />
    public override Ballot ReadBallot(JsonObject ballot, string path = "ballot") => ScoreBallot.Read(ballot, path, this);

    /// <inheritdoc />
    public override JsonObject ToJson()
    {
        var json = SpecJson();
        json["max"] = Max;
        json["seats"] = Seats;
        return json;
    }

    /// <summary>"score voting from 0 to 5 among 3 options for 1 seat".</summary>
    public override string ToString() => $"score voting from 0 to {Max} among {Options.Length} options for {Seats} seat{(Seats == 1 ? "" : "s")}";

    internal static ScoreVote Read(JsonFields fields) =>
        new(ReadOptions(fields), (int)fields.Long("max", 1, MaxMax), (int)fields.Long("seats", 1, MaxOptions), ReadSeed(fields), fields.PathPrefix);

    private protected override CountResult Tally(Election election, CountOptions options) => new ScoreVoting().Count(election, options);
}
