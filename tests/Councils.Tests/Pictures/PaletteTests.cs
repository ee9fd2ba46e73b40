using System.Globalization;
using Councils.Pictures;

namespace Councils.Tests.Pictures;

/// <summary>Every text colour the pictures use reads at WCAG AA (4.5:1) on every fill it is drawn on.</summary>
public sealed class PaletteTests
{
    public static TheoryData<string, string> TextOnFill()
    {
        var pairs = new TheoryData<string, string>
        {
            { Palette.Ink, Palette.Background }, { Palette.Muted, Palette.Background }, { Palette.Ink, Palette.Box },
            { Palette.Muted, Palette.Box }, { Palette.Ink, Palette.ElectedFill }, { Palette.Elected, Palette.ElectedFill },
            { Palette.Muted, Palette.ExcludedFill }, { Palette.Ink, Palette.ExcludedFill }, { Palette.Focus, Palette.FocusFill },
            { Palette.Ink, Palette.FocusFill }, { Palette.Background, Palette.Yes }, { Palette.Background, Palette.No },
            { Palette.Background, Palette.Abstain }, { Palette.Elected, Palette.Background },
        };
        foreach (var heat in Palette.Heat)
            pairs.Add(Palette.Ink, heat);
        return pairs;
    }

    [Theory]
    [MemberData(nameof(TextOnFill))]
    public void Contrast_TextOnFill_ReachesAA(string text, string fill) =>
        Assert.True(Contrast(text, fill) >= 4.5, $"{text} on {fill}: {Contrast(text, fill):0.00}:1");

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
