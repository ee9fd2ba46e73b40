namespace Councils.Pictures;

/// <summary>
/// The pictures' colours. Text colours reach at least 4.5:1 against the fills they sit on (WCAG AA),
/// and no colour carries meaning alone: every mark is also written in words.
/// </summary>
internal static class Palette
{
    public const string Background = "#ffffff";
    public const string Ink = "#1a1a1a";
    public const string Muted = "#4d4d4d";
    public const string Rule = "#767676";
    public const string Box = "#f2f2f2";
    public const string Focus = "#8a3b00";
    public const string FocusFill = "#fff1e0";

    /// <summary>Votes: a dark blue that white text and dark text on white both read against.</summary>
    public const string Bar = "#2b5d8c";
    public const string Elected = "#1b6e3a";
    public const string ElectedFill = "#e3f2e8";
    public const string Excluded = "#595959";
    public const string ExcludedFill = "#ececec";

    public const string Yes = "#1b6e3a";
    public const string No = "#a1262b";
    public const string Abstain = "#595959";

    /// <summary>A light sequential scale for heat map cells; dark ink stays above 7:1 on every step.</summary>
    public static readonly string[] Heat = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6"];
}
