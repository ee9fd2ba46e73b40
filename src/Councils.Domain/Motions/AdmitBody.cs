using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Motions;

/// <summary>
/// <c>body.admit</c>: a federation that admits by decision admits <see cref="Body"/>, which decided to
/// join and is waiting. It is the federation's act on its own membership, not on the body.
/// </summary>
public sealed record AdmitBody : MotionEffect
{
    internal const string TypeName = "body.admit";

    /// <summary>Makes the effect.</summary>
    public AdmitBody(BodyId body) => Body = body;

    /// <summary>The body admitted.</summary>
    public BodyId Body { get; }

    /// <inheritdoc />
    public override string Type => TypeName;

    /// <inheritdoc />
    public override JsonObject ToJson() => new() { ["body"] = Body.ToString(), ["type"] = TypeName };

    internal static AdmitBody Read(JsonFields fields)
    {
        var text = fields.String("body");
        return new(BodyId.TryParse(text, out var id) ? id : throw fields.Refuse("body", $"'{text}' is not a body id."));
    }

    internal override void CheckOpening(BodyState body, PublicKey proposer, string path)
    {
        if (!body.Applicants.ContainsKey(Body))
            throw new RuleViolation(Rules.NotAffiliated, $"{Body} has not decided to join {body.Id}; a federation admits only a body that asked.", Text.Path(path, "body"));
    }

    internal override BodyState Apply(BodyState body, MotionId motion, long seq) => body.AdmitApplicant(Body);
}
