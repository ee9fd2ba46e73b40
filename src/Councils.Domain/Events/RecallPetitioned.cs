using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Events;

/// <summary>
/// <c>recall.petitioned</c>: a member supports recalling <see cref="Delegate"/> from <see cref="Federation"/>.
/// A recall motion opens once as many members support it as the charter's <c>recallSupport</c>, the proposer included.
/// </summary>
public sealed record RecallPetitioned(BodyId Federation, PublicKey Delegate) : BodyEvent
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "recall.petitioned";

    /// <inheritdoc />
    public override string Kind => KindName;

    internal override JsonObject ToPayload() => new() { ["delegate"] = Delegate.ToString(), ["federation"] = Federation.ToString() };

    internal static RecallPetitioned Read(JsonFields payload) =>
        new(Motions.FederationEffect.ReadFederation(payload), payload.Key("delegate"));
}
