using Microsoft.Extensions.Localization;

namespace Councils.Web;

/// <summary>Words the node's views give as codes (kinds, statuses, outcomes), in the page's language.</summary>
internal static class Labels
{
    /// <summary>The text for <c>prefix.code</c>, or the code itself when no resource names it.</summary>
    public static string Of(this IStringLocalizer<Text> text, string prefix, string? code)
    {
        if (string.IsNullOrEmpty(code))
            return "";
        var found = text[$"{prefix}.{code}"];
        return found.ResourceNotFound ? code : found.Value;
    }

    /// <summary>A time the node keeps in Unix milliseconds, as UTC.</summary>
    public static string Time(long unixMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
