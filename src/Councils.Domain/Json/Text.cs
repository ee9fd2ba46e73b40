namespace Councils.Domain.Json;

/// <summary>The limits on the texts people write into the record, and their checks.</summary>
internal static class Text
{
    /// <summary>The longest name of a body or a member, in characters.</summary>
    public const int MaxName = 200;

    /// <summary>The longest motion title, in characters.</summary>
    public const int MaxTitle = 200;

    /// <summary>The longest motion text, minority report or reason, in characters.</summary>
    public const int MaxLong = 20_000;

    /// <summary>
    /// Refuses a text that is blank (unless <paramref name="mayBeEmpty"/>) or longer than
    /// <paramref name="max"/> characters (Unicode scalar values, not UTF-16 units).
    /// </summary>
    public static string Check(string? text, int max, string field, string what, bool mayBeEmpty = false, string rule = Rules.PayloadInvalid)
    {
        if (text is null || (!mayBeEmpty && string.IsNullOrWhiteSpace(text)))
            throw new RuleViolation(rule, $"{what} cannot be empty.", field);
        var length = text.EnumerateRunes().Count();
        return length <= max
            ? text
            : throw new RuleViolation(rule, $"{what} is at most {max} characters long, not {length}.", field);
    }

    /// <summary>Joins a path and a key: <c>payload</c> and <c>text</c> give <c>payload.text</c>.</summary>
    public static string Path(string prefix, string key) => prefix.Length == 0 ? key : $"{prefix}.{key}";
}
