using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Motions;

/// <summary><c>federation.join</c>: the body joins <see cref="FederationEffect.Federation"/>, delegating <see cref="Competences"/> to it.</summary>
public sealed record FederationJoin : FederationEffect
{
    internal const string TypeName = "federation.join";

    /// <summary>Makes the effect.</summary>
    /// <exception cref="RuleViolation">A competence's name is not valid (<c>payload-invalid</c>).</exception>
    public FederationJoin(BodyId federation, IEnumerable<string> competences)
        : base(federation)
    {
        ArgumentNullException.ThrowIfNull(competences);
        Competences = [.. competences.Select(c => Matters.CheckName(c, "effect.competences"))];
    }

    /// <summary>The kinds of matter delegated.</summary>
    public ImmutableSortedSet<string> Competences { get; }

    /// <inheritdoc />
    public override string Type => TypeName;

    /// <inheritdoc />
    public bool Equals(FederationJoin? other) => other is not null && Federation == other.Federation && Competences.SetEquals(other.Competences);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Federation, Competences.Count);

    /// <inheritdoc />
    public override JsonObject ToJson() => new()
    {
        ["competences"] = new JsonArray([.. Competences.Select(c => (JsonNode)c)]),
        ["federation"] = Federation.ToString(),
        ["type"] = TypeName,
    };

    internal static FederationJoin Read(JsonFields fields) => new(ReadFederation(fields), ReadCompetences(fields));

    internal static ImmutableSortedSet<string> ReadCompetences(JsonFields fields)
    {
        var list = fields.Array("competences");
        var names = list.Select((n, i) => n is JsonValue v && v.TryGetValue(out string? s)
            ? Matters.CheckName(s, $"{fields.PathOf("competences")}[{i}]")
            : throw fields.Refuse("competences", "Competences are names of kinds of matter.")).ToList();
        return names.Count == names.Distinct(StringComparer.Ordinal).Count()
            ? [.. names]
            : throw fields.Refuse("competences", "Each competence is named once.");
    }

    internal override void CheckOpening(BodyState body, PublicKey proposer, string path)
    {
        if (Federation == body.Id)
            throw new RuleViolation(Rules.PayloadInvalid, "A body cannot join itself.", Text.Path(path, "federation"));
        if (body.Affiliations.ContainsKey(Federation))
            throw new RuleViolation(Rules.AlreadyAMember, $"{body.Id} already belongs to {Federation}.", Text.Path(path, "federation"));
    }

    internal override Reflection Notice(BodyState after, Motion motion, Citation source) =>
        new BodyJoined(source, Competences, after.Membership);

    internal override BodyState Apply(BodyState body, MotionId motion, long seq) =>
        body.Affiliations.ContainsKey(Federation) ? body : body.WithAffiliation(new Affiliation(Federation, Competences, seq));
}
