using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Motions;

/// <summary>
/// <c>delegate.recall</c>: the body recalls <see cref="Delegate"/> from <see cref="FederationEffect.Federation"/>.
/// When it carries the delegate's authority ends at once and the next substitute takes the seat, or
/// the seat stays with the body until it elects again. It opens only with the support the charter asks.
/// </summary>
public sealed record DelegateRecall : FederationEffect
{
    internal const string TypeName = "delegate.recall";

    /// <summary>Makes the effect.</summary>
    public DelegateRecall(BodyId federation, PublicKey @delegate)
        : base(federation) => Delegate = @delegate;

    /// <summary>The delegate recalled.</summary>
    public PublicKey Delegate { get; }

    /// <inheritdoc />
    public override string Type => TypeName;

    /// <inheritdoc />
    public override JsonObject ToJson() =>
        new() { ["delegate"] = Delegate.ToString(), ["federation"] = Federation.ToString(), ["type"] = TypeName };

    internal static DelegateRecall Read(JsonFields fields) => new(ReadFederation(fields), fields.Key("delegate"));

    internal override void CheckOpening(BodyState body, PublicKey proposer, string path)
    {
        RequireAffiliated(body, path);
        var affiliation = body.Affiliations[Federation];
        if (!affiliation.Holds(Delegate))
            throw new RuleViolation(Rules.NotADelegate, $"{body.NameOf(Delegate)} holds no seat of {body.Id} in {Federation}.", Text.Path(path, "delegate"));
        var support = affiliation.Petitions.GetValueOrDefault(Delegate, []).Add(proposer).Count;
        var needed = body.Charter.Delegation.RecallSupport;
        if (support < needed)
            throw new RuleViolation(Rules.RecallSupport,
                $"A recall of {body.NameOf(Delegate)} opens with the support of {needed} members under the charter of {body.Id}; it has {support}. Members support it with recall.petitioned.");
    }

    internal override BodyState Apply(BodyState body, MotionId motion, long seq) => body.Recall(Federation, Delegate);

    internal override Reflection Notice(BodyState after, Motion motion, Citation source)
    {
        var substitute = after.Affiliations[Federation].Recalled.GetValueOrDefault(Delegate);
        return new DelegateRecalled(source, Delegate, substitute is { } s ? new Person(s, after.NameOf(s)) : null);
    }
}
