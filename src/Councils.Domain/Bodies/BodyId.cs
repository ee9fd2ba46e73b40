using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Councils.Domain.Bodies;

/// <summary>
/// The id of a body: a slug of lowercase letters, digits and <c>-</c>, 1 to 63 characters, starting
/// with a letter or digit, such as <c>acme-workshop</c>. Every event of the body's log names it.
/// </summary>
/// <remarks>
/// The default value is empty and belongs to no body; ids come from <see cref="Parse"/> or <see cref="FromName"/>.
/// Ids order ordinally, as the sorted collections of a federation's member bodies need.
/// </remarks>
public readonly record struct BodyId : IComparable<BodyId>
{
    /// <summary>The longest id, in characters.</summary>
    public const int MaxLength = 63;

    private readonly string? _value;

    private BodyId(string value) => _value = value;

    /// <summary>Reads an id; false unless the text is already a valid slug.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out BodyId id)
    {
        id = default;
        if (text is null || text.Length is 0 or > MaxLength || text[0] == '-' || !text.All(IsSlugChar))
            return false;
        id = new BodyId(text);
        return true;
    }

    /// <summary>Reads an id.</summary>
    /// <exception cref="RuleViolation">The text is not a slug (<c>body-id</c>).</exception>
    public static BodyId Parse(string text) =>
        TryParse(text, out var id)
            ? id
            : throw new RuleViolation(Rules.BodyId,
                $"'{text}' is not a body id: an id is 1 to {MaxLength} lowercase letters, digits and '-', starting with a letter or digit.");

    /// <summary>
    /// Makes an id from a body's name: letters are lowercased and written in Latin letters
    /// (accents dropped, Cyrillic transliterated), every other run of characters becomes one
    /// <c>-</c>, and the result is cut to 63 characters. "Putilov Works, Shop №3" gives <c>putilov-works-shop-3</c>.
    /// </summary>
    /// <exception cref="RuleViolation">The name has no letter or digit the slug can keep (<c>body-id</c>).</exception>
    public static BodyId FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = new StringBuilder(name.Length);
        var dash = false;
        foreach (var c in name.ToLowerInvariant())
        {
            var latin = Transliteration.Of(c);
            if (latin is null)
            {
                dash = slug.Length > 0;
                continue;
            }
            if (latin.Length == 0)
                continue;
            if (dash)
                slug.Append('-');
            slug.Append(latin);
            dash = false;
        }
        var text = slug.ToString();
        if (text.Length > MaxLength)
            text = text[..MaxLength].TrimEnd('-');
        return TryParse(text, out var id)
            ? id
            : throw new RuleViolation(Rules.BodyId, $"The name '{name}' gives no body id: it has no letter or digit to keep.");
    }

    /// <inheritdoc />
    public int CompareTo(BodyId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(BodyId left, BodyId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(BodyId left, BodyId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts no later than <paramref name="right"/>.</summary>
    public static bool operator <=(BodyId left, BodyId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts no earlier than <paramref name="right"/>.</summary>
    public static bool operator >=(BodyId left, BodyId right) => left.CompareTo(right) >= 0;

    /// <summary>The id as written in the record.</summary>
    public override string ToString() => _value ?? "";

    private static bool IsSlugChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-';
}
