using System.Globalization;
using Councils.Web;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Councils.Tests.Pictures;

/// <summary>The pages' real resources in one language, whatever culture the test runs under.</summary>
internal sealed class PictureText(CultureInfo culture) : IStringLocalizer<Text>
{
    private static readonly IStringLocalizer Resources =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(Text));

    public static readonly PictureText English = new(new CultureInfo("en"));

    public static readonly PictureText Ukrainian = new(new CultureInfo("uk"));

    public LocalizedString this[string name] => In(() => Resources[name]);

    public LocalizedString this[string name, params object[] arguments] => In(() => Resources[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => In(() => Resources.GetAllStrings(includeParentCultures).ToList());

    private T In<T>(Func<T> lookup)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return lookup();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
