using Councils.Domain.Bodies;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Json;

namespace Councils.Domain.Motions;

/// <summary>
/// An effect by which a body acts towards a federation: joining or leaving it, electing or recalling
/// its delegates, mandating them, answering a draft sent for ratification. It changes only the body's
/// own state; the node then records the act in the federation's log, citing the body's decision.
/// </summary>
public abstract record FederationEffect : MotionEffect
{
    private protected FederationEffect(BodyId federation) => Federation = federation;

    /// <summary>The federation acted towards.</summary>
    public BodyId Federation { get; }

    /// <summary>Whether the federation hears of the decision whatever its outcome (a ratification answer), not only when it carries.</summary>
    public virtual bool ReportsEveryOutcome => false;

    /// <summary>
    /// What the federation's log records of the carried motion (or, for a ratification answer, of any
    /// decision): computed by the body's fold right after the effect applied, from <paramref name="after"/>.
    /// </summary>
    internal abstract Reflection Notice(BodyState after, Motion motion, Citation source);

    internal static BodyId ReadFederation(JsonFields fields)
    {
        var text = fields.String("federation");
        return BodyId.TryParse(text, out var id) ? id : throw fields.Refuse("federation", $"'{text}' is not a body id.");
    }

    /// <summary>The minority reports attached to the body's motion, as they travel with its decision.</summary>
    private protected static System.Collections.Immutable.ImmutableArray<TravellingReport> Travelling(BodyState body, Motion motion) =>
        [.. motion.MinorityReports.Select(r => new TravellingReport(new Person(r.Author, body.NameOf(r.Author)), r.Text))];

    /// <summary>Refuses unless the body belongs to the federation.</summary>
    private protected void RequireAffiliated(BodyState body, string path)
    {
        if (!body.Affiliations.ContainsKey(Federation))
            throw new RuleViolation(Rules.NotAffiliated, $"{body.Id} does not belong to {Federation}; it must decide to join first.", Text.Path(path, "federation"));
    }
}
