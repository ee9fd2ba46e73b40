using System.Text.Json.Nodes;
using Councils.Domain.Counting;
using Councils.Domain.Counting.Stv;
using Councils.Domain.Json;

namespace Councils.Domain.Methods;

/// <summary>
/// Single transferable vote among a motion's options (candidates, when the motion elects
/// delegates), under the Scottish rules or Meek's: <see cref="OptionsMethod.Seats"/> options are
/// elected, in order of election. Ties the rules' look-back does not settle go to the motion's lot.
/// Spec: <c>{"type":"stv","rules":"scottish","options":["a","b","c","d"],"seats":2,"seed":12345}</c>.
/// </summary>
/// <remarks>
/// A ranked ballot is read down to its first group of more than one option; a ballot with no usable
/// first preference is not a valid vote (it still counts toward the quorum).
/// </remarks>
public sealed record SingleTransferableVote : OptionsMethod
{
    /// <summary>
    /// The decimals of a Meek count, fixed here rather than taken from the counting library's
    /// default, so that a decision recorded today recounts the same under any later version.
    /// </summary>
    public const int MeekDigits = 30;

    internal const string TypeName = "stv";

    /// <summary>Makes the method.</summary>
    /// <param name="rules">Scottish or Meek.</param>
    /// <param name="options">2 to 64 distinct names, each 1 to 200 characters.</param>
    /// <param name="seats">How many are elected, from 1 to the number of options.</param>
    /// <param name="seed">The seed of the lot, 0 to 2^53 − 1.</param>
    /// <exception cref="RuleViolation">A part is not valid (<c>payload-invalid</c>).</exception>
    public SingleTransferableVote(StvRules rules, IEnumerable<string> options, int seats, long seed)
        : this(rules, options, seats, seed, "")
    {
    }

    private SingleTransferableVote(StvRules rules, IEnumerable<string> options, int seats, long seed, string path)
        : base(options, seats, seed, path)
    {
        Rules = Enum.IsDefined(rules) ? rules : throw new ArgumentOutOfRangeException(nameof(rules));
    }

    /// <summary>Scottish or Meek.</summary>
    public StvRules Rules { get; }

    /// <inheritdoc />
    public override string Type => TypeName;

    private protected override BallotKind Kind => BallotKind.Ranked;

    /// <inheritdoc />
    public override Ballot ReadBallot(JsonObject ballot, string path = "ballot") => RankedBallot.Read(ballot, path, this);

    /// <inheritdoc />
    public override JsonObject ToJson()
    {
        var json = SpecJson();
        json["rules"] = Spelling(Rules);
        json["seats"] = Seats;
        return json;
    }

    /// <summary>"single transferable vote (scottish rules) among 6 options for 3 seats".</summary>
    public override string ToString() =>
        $"single transferable vote ({Spelling(Rules)} rules) among {Options.Length} options for {Seats} seat{(Seats == 1 ? "" : "s")}";

    /// <summary>The same election for another number of seats: same options, rules and lot.</summary>
    internal SingleTransferableVote WithSeats(int seats) => new(Rules, Options, seats, Seed);

    internal static SingleTransferableVote Read(JsonFields fields)
    {
        var text = fields.String("rules");
        var rules = text switch
        {
            "scottish" => StvRules.Scottish,
            "meek" => StvRules.Meek,
            _ => throw fields.Refuse("rules", $"The rules of single transferable vote are 'scottish' or 'meek', not '{text}'."),
        };
        return new(rules, ReadOptions(fields), (int)fields.Long("seats", 1, MaxOptions), ReadSeed(fields), fields.PathPrefix);
    }

    private protected override CountResult Tally(Election election, CountOptions options) => Rules == StvRules.Meek
        ? new MeekStv().Count(election, options with { MeekDigits = MeekDigits })
        : new ScottishStv().Count(election, options);

    private static string Spelling(StvRules rules) => rules == StvRules.Meek ? "meek" : "scottish";
}
