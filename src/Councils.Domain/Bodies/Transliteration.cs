using System.Collections.Frozen;

namespace Councils.Domain.Bodies;

/// <summary>
/// How <see cref="BodyId.FromName"/> writes a lowercase character in the letters of a slug. The
/// runtime runs without ICU, so accents are dropped by this table rather than by Unicode decomposition.
/// </summary>
internal static class Transliteration
{
    private static readonly FrozenDictionary<char, string> Table = Build();

    /// <summary>The Latin spelling of <paramref name="c"/>: itself for a-z and 0-9, "" for a letter to drop, null for a separator.</summary>
    public static string? Of(char c) =>
        c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c.ToString()
        : Table.TryGetValue(c, out var latin) ? latin
        : null;

    private static FrozenDictionary<char, string> Build()
    {
        var table = new Dictionary<char, string>();
        void Add(string from, string to)
        {
            foreach (var c in from)
                table[c] = to;
        }

        Add("àáâãäåāăą", "a");
        Add("çćĉċč", "c");
        Add("ďđ", "d");
        Add("èéêëēĕėęě", "e");
        Add("ĝğġģ", "g");
        Add("ĥħ", "h");
        Add("ìíîïĩīĭįı", "i");
        Add("ĵ", "j");
        Add("ķ", "k");
        Add("ĺļľŀł", "l");
        Add("ñńņňŉ", "n");
        Add("òóôõöøōŏő", "o");
        Add("ŕŗř", "r");
        Add("śŝşš", "s");
        Add("ţťŧ", "t");
        Add("ùúûüũūŭůűų", "u");
        Add("ŵ", "w");
        Add("ýÿŷ", "y");
        Add("źżž", "z");
        Add("ß", "ss");
        Add("æ", "ae");
        Add("œ", "oe");
        Add("þ", "th");
        Add("ð", "d");
        // Russian and Ukrainian Cyrillic, in a plain scheme close to ISO 9 without diacritics.
        string[] cyrillic =
        [
            "а:a", "б:b", "в:v", "г:g", "д:d", "е:e", "ё:e", "ж:zh", "з:z", "и:i", "й:i", "к:k", "л:l",
            "м:m", "н:n", "о:o", "п:p", "р:r", "с:s", "т:t", "у:u", "ф:f", "х:kh", "ц:ts", "ч:ch", "ш:sh",
            "щ:shch", "ъ:", "ы:y", "ь:", "э:e", "ю:iu", "я:ia", "і:i", "ї:i", "є:ie", "ґ:g",
        ];
        foreach (var pair in cyrillic)
            table[pair[0]] = pair[2..];
        return table.ToFrozenDictionary();
    }
}
