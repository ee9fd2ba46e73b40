using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Json;
using Councils.Domain.Methods;

namespace Councils.Domain.Motions;

/// <summary>
/// The effect of a motion that amends the charter: when it carries, <see cref="Charter"/> becomes
/// the body's next charter version. Such a motion is always decided by the amendment method of the
/// charter in force when it opens, whatever method it names.
/// </summary>
/// <param name="Charter">The whole charter the body will have; being a <see cref="Charters.Charter"/>, it is valid.</param>
public sealed record AmendCharter(Charter Charter) : MotionEffect
{
    internal const string TypeName = "charter.amend";

    /// <summary>The whole charter the body will have.</summary>
    public Charter Charter { get; } = Charter ?? throw new ArgumentNullException(nameof(Charter));

    /// <inheritdoc />
    public override string Type => TypeName;

    /// <inheritdoc />
    public override JsonObject ToJson() => new() { ["charter"] = Charter.ToJson(), ["type"] = TypeName };

    internal static AmendCharter Read(JsonFields fields) =>
        new(Charter.FromJson(fields.Object("charter"), fields.PathOf("charter")));

    internal override DecisionMethod MethodUnder(Charter charter, DecisionMethod? named) => charter.AmendmentMethod;

    internal override BodyState Apply(BodyState body, MotionId motion, long seq) => body.AdoptCharter(Charter, motion, seq);
}
