using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Councils.Domain.Json;

namespace Councils.Domain.Charters;

/// <summary>
/// A federation's charter rules for deciding: the kinds of matter it decides and the mode of each,
/// and the thresholds of a ratification (a double majority of member bodies and of members by
/// default). A federation may decide a matter only if every member body delegated it.
/// </summary>
public sealed record Matters
{
    /// <summary>The most kinds of matter a charter names.</summary>
    public const int MaxMatters = 64;

    /// <summary>Makes the rules.</summary>
    /// <param name="modes">Each kind of matter and its mode; names are 1 to 64 characters of lowercase letters, digits and '-'.</param>
    /// <param name="cells">More than this fraction of the member bodies must ratify.</param>
    /// <param name="members">More than this fraction of the members of all member bodies must belong to bodies that ratify.</param>
    /// <exception cref="RuleViolation">A name or threshold is not valid (<c>payload-invalid</c>).</exception>
    public Matters(IEnumerable<KeyValuePair<string, DecisionMode>> modes, Fraction cells, Fraction members)
    {
        ArgumentNullException.ThrowIfNull(modes);
        Modes = modes.ToImmutableSortedDictionary(StringComparer.Ordinal);
        if (Modes.Count > MaxMatters)
            throw new RuleViolation(Rules.PayloadInvalid, $"A charter names at most {MaxMatters} kinds of matter.", "charter.matters.modes");
        foreach (var name in Modes.Keys)
            CheckName(name, "charter.matters.modes");
        Cells = cells <= Fraction.One ? cells : throw new RuleViolation(Rules.PayloadInvalid, "A ratification threshold is at most 1.", "charter.matters.cells");
        Members = members <= Fraction.One ? members : throw new RuleViolation(Rules.PayloadInvalid, "A ratification threshold is at most 1.", "charter.matters.members");
    }

    /// <summary>No matters; a double majority for ratification.</summary>
    public static Matters None { get; } = new([], Fraction.Half, Fraction.Half);

    /// <summary>Each kind of matter the body decides, and its mode.</summary>
    public ImmutableSortedDictionary<string, DecisionMode> Modes { get; }

    /// <summary>A ratification carries only if more than this fraction of the member bodies ratify.</summary>
    public Fraction Cells { get; }

    /// <summary>A ratification carries only if more than this fraction of all members belong to bodies that ratify.</summary>
    public Fraction Members { get; }

    /// <summary>Checks the name of a kind of matter, or of a competence (the same names).</summary>
    /// <exception cref="RuleViolation">The name is not 1 to 64 lowercase letters, digits and '-' (<c>payload-invalid</c>).</exception>
    public static string CheckName(string name, string field) =>
        name is { Length: > 0 and <= 64 } && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            ? name
            : throw new RuleViolation(Rules.PayloadInvalid, $"'{name}' is not the name of a kind of matter: use 1 to 64 lowercase letters, digits and '-'.", field);

    /// <inheritdoc />
    public bool Equals(Matters? other) =>
        other is not null && Cells == other.Cells && Members == other.Members && Modes.SequenceEqual(other.Modes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Cells, Members, Modes.Count);

    /// <summary>Writes the rules: <c>{"cells":{…},"members":{…},"modes":{"transport":"delegates"}}</c>.</summary>
    public JsonObject ToJson()
    {
        var modes = new JsonObject();
        foreach (var (name, mode) in Modes)
            modes[name] = Spellings.Of(mode);
        return new JsonObject { ["cells"] = Cells.ToJson(), ["members"] = Members.ToJson(), ["modes"] = modes };
    }

    internal static Matters Read(JsonFields fields)
    {
        var cells = Fraction.FromJson(fields.Object("cells"), fields.PathOf("cells"));
        var members = Fraction.FromJson(fields.Object("members"), fields.PathOf("members"));
        var modeFields = fields.Fields("modes", "the modes of matters");
        var modes = new List<KeyValuePair<string, DecisionMode>>();
        foreach (var (name, _) in fields.Object("modes"))
        {
            var text = modeFields.String(name);
            if (!Spellings.TryRead(text, out DecisionMode mode))
                throw modeFields.Refuse(name, $"A matter is decided by {Spellings.Listed<DecisionMode>()}, not '{text}'.");
            modes.Add(KeyValuePair.Create(name, mode));
        }
        modeFields.End();
        fields.End();
        return new Matters(modes, cells, members);
    }
}
