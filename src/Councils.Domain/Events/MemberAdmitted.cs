using System.Text.Json.Nodes;
using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Events;

/// <summary>
/// <c>member.admitted</c>: a person becomes a member, by their own act under an open charter or by
/// a member's act under a charter that admits by member.
/// </summary>
public sealed record MemberAdmitted : BodyEvent
{
    /// <summary>The kind of this event.</summary>
    public const string KindName = "member.admitted";

    /// <summary>Makes the event.</summary>
    /// <param name="member">The new member's key.</param>
    /// <param name="name">Their name, 1 to 200 characters.</param>
    /// <exception cref="RuleViolation">The name is blank or too long (<c>payload-invalid</c>).</exception>
    public MemberAdmitted(PublicKey member, string name)
    {
        Member = member;
        Name = Text.Check(name, Text.MaxName, "payload.name", "A member's name");
    }

    /// <summary>The new member's key.</summary>
    public PublicKey Member { get; }

    /// <summary>Their name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string Kind => KindName;

    internal override JsonObject ToPayload() => new() { ["member"] = Member.ToString(), ["name"] = Name };

    internal static MemberAdmitted Read(JsonFields payload) => new(payload.Key("member"), payload.String("name"));
}
