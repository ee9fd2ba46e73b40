using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Motions;

/// <summary>
/// <c>ratification.answer</c>: the body decides, under its own charter, whether it ratifies agenda
/// item <see cref="Motion"/> of <see cref="FederationEffect.Federation"/>. The federation hears the
/// decision whatever its outcome; it changes nothing in the body itself.
/// </summary>
public sealed record RatificationAnswer : FederationEffect
{
    internal const string TypeName = "ratification.answer";

    /// <summary>Makes the effect.</summary>
    public RatificationAnswer(BodyId federation, MotionId motion)
        : base(federation) => Motion = motion;

    /// <summary>The federation's agenda item.</summary>
    public MotionId Motion { get; }

    /// <inheritdoc />
    public override string Type => TypeName;

    /// <inheritdoc />
    public override bool ReportsEveryOutcome => true;

    /// <inheritdoc />
    public override JsonObject ToJson() => new() { ["federation"] = Federation.ToString(), ["motion"] = Motion.Seq, ["type"] = TypeName };

    internal static RatificationAnswer Read(JsonFields fields) => new(ReadFederation(fields), new MotionId(fields.Long("motion", 1)));

    internal override void CheckOpening(BodyState body, PublicKey proposer, string path) => RequireAffiliated(body, path);

    internal override Reflection Notice(BodyState after, Motion motion, Citation source) =>
        new RatificationReported(source, Motion, motion.Decision!.Count.Outcome, motion.Decision.Count.ToString(), Travelling(after, motion));

    internal override BodyState Apply(BodyState body, MotionId motion, long seq) => body;
}
