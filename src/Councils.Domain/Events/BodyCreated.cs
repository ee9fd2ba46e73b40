using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Json;

namespace Councils.Domain.Events;

/// <summary>
/// <c>body.created</c>, the first event of every log: the body's name, kind, founding charter
/// (version 1) and founding members. Its author is the node that hosts the body.
/// </summary>
public sealed record BodyCreated : BodyEvent
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "body.created";

    /// <summary>Makes the event.</summary>
    /// <param name="name">The body's name, 1 to 200 characters.</param>
    /// <param name="bodyKind">What the body is.</param>
    /// <param name="charter">Its founding charter.</param>
    /// <param name="founders">Its founding members: for a cell at least one, each once; for a federation none.</param>
    /// <exception cref="RuleViolation">The name or the founders are not valid (<c>payload-invalid</c>, <c>already-a-member</c>).</exception>
    public BodyCreated(string name, BodyKind bodyKind, Charter charter, IEnumerable<Founder> founders)
    {
        ArgumentNullException.ThrowIfNull(bodyKind);
        ArgumentNullException.ThrowIfNull(charter);
        ArgumentNullException.ThrowIfNull(founders);
        Name = Text.Check(name, Text.MaxName, "payload.name", "A body's name");
        BodyKind = bodyKind;
        Charter = charter;
        Founders = [.. founders];
        if (bodyKind.IsCell && Founders.IsEmpty)
            throw new RuleViolation(Rules.PayloadInvalid, "A cell is founded by at least one member.", "payload.founders");
        if (!bodyKind.IsCell && !Founders.IsEmpty)
            throw new RuleViolation(Rules.PayloadInvalid,
                "A federation's members are bodies, which join it by their own decisions; it is founded with no members.", "payload.founders");
        for (var i = 1; i < Founders.Length; i++)
        {
            if (Founders[..i].Any(f => f.Member == Founders[i].Member))
                throw new RuleViolation(Rules.AlreadyAMember,
                    $"{Founders[i].Name} is named twice among the founders; each founder is a member once.", $"payload.founders[{i}].member");
        }
    }

    /// <summary>The body's name.</summary>
    public string Name { get; }

    /// <summary>What the body is.</summary>
    public BodyKind BodyKind { get; }

    /// <summary>Its founding charter, version 1.</summary>
    public Charter Charter { get; }

    /// <summary>Its founding members, in the order written.</summary>
    public ImmutableArray<Founder> Founders { get; }

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public bool Equals(BodyCreated? other) =>
        other is not null && Name == other.Name && BodyKind == other.BodyKind && Charter == other.Charter
        && Founders.SequenceEqual(other.Founders);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, BodyKind, Charter, Founders.Length);

    internal override JsonObject ToPayload() => new()
    {
        ["charter"] = Charter.ToJson(),
        ["founders"] = new JsonArray([.. Founders.Select(f => new JsonObject { ["member"] = f.Member.ToString(), ["name"] = f.Name })]),
        ["kind"] = BodyKind.Name,
        ["name"] = Name,
    };

    internal static BodyCreated Read(JsonFields payload)
    {
        var name = payload.String("name");
        var kind = BodyKind.Parse(payload.String("kind"), payload.PathOf("kind"));
        var charter = Charter.FromJson(payload.Object("charter"), payload.PathOf("charter"));
        var list = payload.Array("founders");
        var founders = new List<Founder>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"{payload.PathOf("founders")}[{i}]";
            var founder = new JsonFields(list[i] as JsonObject ?? throw new RuleViolation(Rules.PayloadInvalid, "A founder is an object.", at), at, "a founder");
            founders.Add(new Founder(founder.Key("member"), founder.String("name"), founder.PathOf("name")));
            founder.End();
        }
        return new BodyCreated(name, kind, charter, founders);
    }
}
