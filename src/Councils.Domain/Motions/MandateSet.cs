using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Json;
using Councils.Domain.Methods;
using Councils.Domain.Record;

namespace Councils.Domain.Motions;

/// <summary>
/// <c>mandate.set</c>: the body's mandate to its delegates on agenda item <see cref="Motion"/> of
/// <see cref="FederationEffect.Federation"/>: bound, latitude or free, with a fallback for an amended item.
/// </summary>
public sealed record MandateSet : FederationEffect
{
    internal const string TypeName = "mandate.set";

    /// <summary>Makes the effect.</summary>
    /// <exception cref="RuleViolation">A choice is not yes, no or abstain (<c>payload-invalid</c>).</exception>
    public MandateSet(BodyId federation, MotionId motion, Mandate mandate)
        : base(federation)
    {
        ArgumentNullException.ThrowIfNull(mandate);
        foreach (var choice in (mandate.Allow ?? []).Concat(mandate.Fallback ?? []))
        {
            if (!Spellings.TryRead(choice, out MajorityChoice _))
                throw new RuleViolation(Rules.PayloadInvalid, $"A mandate's choices are {Spellings.Listed<MajorityChoice>()}, not '{choice}'.", "effect.allow");
        }
        Motion = motion;
        Mandate = mandate;
    }

    /// <summary>The federation's agenda item.</summary>
    public MotionId Motion { get; }

    /// <summary>The mandate.</summary>
    public Mandate Mandate { get; }

    /// <inheritdoc />
    public override string Type => TypeName;

    /// <inheritdoc />
    public override JsonObject ToJson() =>
        Mandate.WriteInto(new() { ["federation"] = Federation.ToString(), ["motion"] = Motion.Seq, ["type"] = TypeName });

    internal static MandateSet Read(JsonFields fields) =>
        new(ReadFederation(fields), new MotionId(fields.Long("motion", 1)), Mandate.Read(fields));

    internal override void CheckOpening(BodyState body, PublicKey proposer, string path) => RequireAffiliated(body, path);

    internal override Reflection Notice(BodyState after, Motion motion, Citation source) =>
        new MandateRecorded(source, Motion, Mandate, Travelling(after, motion));

    internal override BodyState Apply(BodyState body, MotionId motion, long seq) =>
        body.Affiliations.TryGetValue(Federation, out var affiliation)
            ? body.WithAffiliation(affiliation with { Mandates = affiliation.Mandates.SetItem(Motion, Mandate) })
            : body;
}
