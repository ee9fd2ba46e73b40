using System.Text.Json.Nodes;
using Councils.Domain.Counting;
using Councils.Domain.Counting.Stv;
using Councils.Domain.Json;

namespace Councils.Domain.Methods;

/// <summary>
/// Instant-runoff among a motion's options: single transferable vote for one seat under the
/// Scottish rules, so the last option is excluded until one holds a majority of the valid ballots.
/// Ties the look-back does not settle go to the motion's lot. Spec:
/// <c>{"type":"irv","options":["a","b","c"],"seed":12345}</c>.
/// </summary>
public sealed record InstantRunoffVote : OptionsMethod
{
    internal const string TypeName = "irv";

    /// <summary>Makes the method.</summary>
    /// <param name="options">2 to 64 distinct names, each 1 to 200 characters.</param>
    /// <param name="seed">The seed of the lot, 0 to 2^53 − 1.</param>
    /// <exception cref="RuleViolation">A part is not valid (<c>payload-invalid</c>).</exception>
    public InstantRunoffVote(IEnumerable<string> options, long seed)
        : this(options, seed, "")
    {
    }

    private InstantRunoffVote(IEnumerable<string> options, long seed, string path)
        : base(options, 1, seed, path)
    {
    }

    /// <inheritdoc />
    public override string Type => TypeName;

    private protected override BallotKind Kind => BallotKind.Ranked;

    /// <inheritdoc />
    public override Ballot ReadBallot(JsonObject ballot, string path = "ballot") => RankedBallot.Read(ballot, path, this);

    /// <inheritdoc />
    public override JsonObject ToJson() => SpecJson();

    /// <summary>"instant-runoff among 3 options".</summary>
    public override string ToString() => $"instant-runoff among {Options.Length} options";

    internal static InstantRunoffVote Read(JsonFields fields) => new(ReadOptions(fields), ReadSeed(fields), fields.PathPrefix);

    private protected override CountResult Tally(Election election, CountOptions options) => new InstantRunoff().Count(election, options);
}
