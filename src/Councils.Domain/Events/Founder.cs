using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Events;

/// <summary>A founding member of a body, named in its <c>body.created</c>: <c>{"member":"&lt;key&gt;","name":"Ana"}</c>.</summary>
public sealed record Founder
{
    /// <summary>Names a founder.</summary>
    /// <param name="member">Their key.</param>
    /// <param name="name">Their name, 1 to 200 characters.</param>
    /// <exception cref="RuleViolation">The name is blank or too long (<c>payload-invalid</c>).</exception>
    public Founder(PublicKey member, string name)
        : this(member, name, "name")
    {
    }

    internal Founder(PublicKey member, string name, string nameField)
    {
        Member = member;
        Name = Text.Check(name, Text.MaxName, nameField, "A member's name");
    }

    /// <summary>Their key.</summary>
    public PublicKey Member { get; }

    /// <summary>Their name.</summary>
    public string Name { get; }
}
