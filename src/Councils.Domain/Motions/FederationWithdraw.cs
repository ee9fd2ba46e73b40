using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Motions;

/// <summary><c>federation.withdraw</c>: the body leaves <see cref="FederationEffect.Federation"/>. It keeps its whole log; the federation cannot refuse.</summary>
public sealed record FederationWithdraw : FederationEffect
{
    internal const string TypeName = "federation.withdraw";

    /// <summary>Makes the effect.</summary>
    public FederationWithdraw(BodyId federation)
        : base(federation)
    {
    }

    /// <inheritdoc />
    public override string Type => TypeName;

    /// <inheritdoc />
    public override JsonObject ToJson() => new() { ["federation"] = Federation.ToString(), ["type"] = TypeName };

    internal static FederationWithdraw Read(JsonFields fields) => new(ReadFederation(fields));

    internal override void CheckOpening(BodyState body, PublicKey proposer, string path) => RequireAffiliated(body, path);

    internal override Reflection Notice(BodyState after, Motion motion, Citation source) => new BodyWithdrawn(source);

    internal override BodyState Apply(BodyState body, MotionId motion, long seq) => body.WithoutAffiliation(Federation);
}
