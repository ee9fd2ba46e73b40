using System.Text.Json.Nodes;
using Councils.Domain.Record;

namespace Councils.Domain.Methods;

/// <summary>
/// A simple majority: the motion carries when more ballots say yes than no. Abstentions count
/// toward the quorum and nowhere else; a tie is rejected.
/// </summary>
public sealed record SimpleMajority : DecisionMethod
{
    internal const string TypeName = "majority";

    /// <inheritdoc />
    public override string Type => TypeName;

    /// <inheritdoc />
    public override Ballot ReadBallot(JsonObject ballot, string path = "ballot") => MajorityBallot.Read(ballot, path);

    /// <inheritdoc />
    private protected override IEnumerable<Ballot> Extremes => MajorityBallot.Extremes;

    /// <inheritdoc />
    public override JsonObject ToJson() => new() { ["type"] = TypeName };

    /// <summary>"simple majority".</summary>
    public override string ToString() => "simple majority";

    private protected override Count Weigh(IReadOnlyDictionary<PublicKey, Ballot> ballots, long eligible, long quorumNeeded)
    {
        var tally = MajorityTally.Of(BallotsOf<MajorityBallot>(ballots).Select(b => b.Ballot));
        return new Count(tally.ToTallies(), eligible, quorumNeeded, [], OutcomeOf(ballots.Count, quorumNeeded, tally.Yes > tally.No));
    }
}
