using System.Text.Json.Nodes;
using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Methods;

/// <summary>
/// Consent: the motion carries unless at least one reasoned objection stands when it is decided.
/// Members consent, stand aside (not supporting, not blocking) or object with a reason.
/// </summary>
public sealed record Consent : DecisionMethod
{
    internal const string TypeName = "consent";

    /// <inheritdoc />
    public override string Type => TypeName;

    /// <inheritdoc />
    public override Ballot ReadBallot(JsonObject ballot, string path = "ballot") => ConsentBallot.Read(ballot, path);

    /// <inheritdoc />
    private protected override IEnumerable<Ballot> Extremes => ConsentBallot.Extremes;

    /// <inheritdoc />
    public override JsonObject ToJson() => new() { ["type"] = TypeName };

    /// <summary>"consent".</summary>
    public override string ToString() => "consent";

    private protected override Count Weigh(IReadOnlyDictionary<PublicKey, Ballot> ballots, long eligible, long quorumNeeded)
    {
        var cast = BallotsOf<ConsentBallot>(ballots).ToList();
        var tallies = Enum.GetValues<ConsentChoice>()
            .Select(choice => KeyValuePair.Create(Spellings.Of(choice), (long)cast.Count(b => b.Ballot.Choice == choice)));
        var objections = cast
            .Where(b => b.Ballot.Choice == ConsentChoice.Object)
            .Select(b => new Objection(b.Member, b.Ballot.Reason!))
            .ToList();
        return new Count(tallies, eligible, quorumNeeded, objections, OutcomeOf(cast.Count, quorumNeeded, objections.Count == 0));
    }
}
