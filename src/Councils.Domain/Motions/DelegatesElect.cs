using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Json;
using Councils.Domain.Methods;
using Councils.Domain.Record;

namespace Councils.Domain.Motions;

/// <summary>
/// <c>delegates.elect</c>: the body elects its delegates to <see cref="FederationEffect.Federation"/>
/// by single transferable vote among members (the motion's options are their keys), for the
/// charter's number of seats and term. Those elected take the seats in order of election; the
/// others become substitutes, in the order a count for one more seat would elect them.
/// </summary>
public sealed record DelegatesElect : FederationEffect
{
    internal const string TypeName = "delegates.elect";

    /// <summary>Makes the effect.</summary>
    public DelegatesElect(BodyId federation)
        : base(federation)
    {
    }

    /// <inheritdoc />
    public override string Type => TypeName;

    /// <inheritdoc />
    public override JsonObject ToJson() => new() { ["federation"] = Federation.ToString(), ["type"] = TypeName };

    internal static DelegatesElect Read(JsonFields fields) => new(ReadFederation(fields));

    internal override DecisionMethod MethodUnder(Charter charter, DecisionMethod? named) =>
        named is SingleTransferableVote stv && stv.Seats == Math.Min(charter.Delegation.Seats, stv.Options.Length)
            ? stv
            : throw new RuleViolation(Rules.PayloadInvalid,
                $"An election of delegates is decided by single transferable vote ('stv') among the candidates' keys, for {charter.Delegation.Seats} seat(s) as the charter sets (fewer only if there are fewer candidates).",
                "payload.method");

    internal override void CheckOpening(BodyState body, PublicKey proposer, string path) => RequireAffiliated(body, path);

    internal override void CheckMethod(BodyState body, DecisionMethod method, string path)
    {
        var affiliation = body.Affiliations[Federation];
        foreach (var option in ((OptionsMethod)method).Options)
        {
            if (!PublicKey.TryParse(option, out var key) || !body.IsMember(key.Value))
                throw new RuleViolation(Rules.NotAMember, $"'{option}' is not the key of a member of {body.Id}; only members stand for election.", "payload.method.options");
            if (affiliation.ConsecutiveTerms.GetValueOrDefault(key.Value) >= body.Charter.Delegation.ConsecutiveTerms)
                throw new RuleViolation(Rules.Rotation,
                    $"{body.NameOf(key.Value)} has served {affiliation.ConsecutiveTerms[key.Value]} terms in a row in {Federation}; the charter of {body.Id} allows {body.Charter.Delegation.ConsecutiveTerms}, so they cannot stand again now.",
                    "payload.method.options");
        }
    }

    internal override BodyState Apply(BodyState body, MotionId motion, long seq) => body.Elect(Federation, motion);

    internal override Reflection Notice(BodyState after, Motion motion, Citation source)
    {
        var seats = after.Affiliations[Federation].Seats;
        return new DelegatesSeated(source, [.. seats.Select(s => s.Holder is { } h ? new Person(h, after.NameOf(h)) : null)], seats[0].Until);
    }
}
