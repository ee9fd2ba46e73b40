using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Motions;

/// <summary>
/// The effect of a motion that admits a person: when it carries, <see cref="Member"/> becomes a
/// member under <see cref="Name"/>. It is the only way in under a charter that admits by decision.
/// </summary>
public sealed record AdmitMember : MotionEffect
{
    internal const string TypeName = "member.admit";

    /// <summary>Makes the effect.</summary>
    /// <param name="member">The key of the person to admit.</param>
    /// <param name="name">Their name, 1 to 200 characters.</param>
    /// <exception cref="RuleViolation">The name is blank or too long (<c>payload-invalid</c>).</exception>
    public AdmitMember(PublicKey member, string name)
        : this(member, name, "")
    {
    }

    private AdmitMember(PublicKey member, string name, string path)
    {
        Member = member;
        Name = Text.Check(name, Text.MaxName, Text.Path(path, "name"), "A member's name");
    }

    /// <summary>The key of the person to admit.</summary>
    public PublicKey Member { get; }

    /// <summary>Their name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string Type => TypeName;

    /// <inheritdoc />
    public override JsonObject ToJson() => new() { ["member"] = Member.ToString(), ["name"] = Name, ["type"] = TypeName };

    internal static AdmitMember Read(JsonFields fields) => new(fields.Key("member"), fields.String("name"), fields.PathPrefix);

    internal override void CheckOpening(BodyState body, PublicKey proposer, string path)
    {
        if (body.IsMember(Member))
            throw new RuleViolation(Rules.AlreadyAMember,
                $"{body.NameOf(Member)} is already a member of {body.Id}; a motion cannot admit them again.", Text.Path(path, "member"));
    }

    // A second motion may have admitted the same person since this one opened: they are a member, as decided.
    internal override BodyState Apply(BodyState body, MotionId motion, long seq) =>
        body.IsMember(Member) ? body : body.Admit(Member, Name, seq);
}
