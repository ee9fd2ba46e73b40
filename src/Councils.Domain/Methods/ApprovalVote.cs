using System.Text.Json.Nodes;
using Councils.Domain.Counting;
using Councils.Domain.Json;

namespace Councils.Domain.Methods;

/// <summary>
/// Approval voting among a motion's options: each member approves of any number of them, and the
/// <see cref="OptionsMethod.Seats"/> most approved win. Options level across the last seat are a
/// tie, settled by the motion's lot. Spec:
/// <c>{"type":"approval","options":["a","b","c"],"seats":1,"seed":12345}</c>.
/// </summary>
public sealed record ApprovalVote : OptionsMethod
{
    internal const string TypeName = "approval";

    /// <summary>Makes the method.</summary>
    /// <param name="options">2 to 64 distinct names, each 1 to 200 characters.</param>
    /// <param name="seats">How many options win, from 1 to the number of options.</param>
    /// <param name="seed">The seed of the lot, 0 to 2^53 − 1.</param>
    /// <exception cref="RuleViolation">A part is not valid (<c>payload-invalid</c>).</exception>
    public ApprovalVote(IEnumerable<string> options, int seats, long seed)
        : this(options, seats, seed, "")
    {
    }

    private ApprovalVote(IEnumerable<string> options, int seats, long seed, string path)
        : base(options, seats, seed, path)
    {
    }

    /// <inheritdoc />
    public override string Type => TypeName;

    private protected override BallotKind Kind => BallotKind.Approval;

    /// <inheritdoc />
    public override Ballot ReadBallot(JsonObject ballot, string path = "ballot") => ApprovalBallot.Read(ballot, path, this);

    /// <inheritdoc />
    public override JsonObject ToJson()
    {
        var json = SpecJson();
        json["seats"] = Seats;
        return json;
    }

    /// <summary>"approval voting among 3 options for 1 seat".</summary>
    public override string ToString() => $"approval voting among {Options.Length} options for {Seats} seat{(Seats == 1 ? "" : "s")}";

    internal static ApprovalVote Read(JsonFields fields) =>
        new(ReadOptions(fields), (int)fields.Long("seats", 1, MaxOptions), ReadSeed(fields), fields.PathPrefix);

    private protected override CountResult Tally(Election election, CountOptions options) => new ApprovalVoting().Count(election, options);
}
