namespace Councils.Web;

/// <summary>
/// The one shared resource class of every page's text: Text.resx (English) and Text.uk.resx
/// (Ukrainian) beside it. Pages use it as <c>T["Key"]</c> (see Pages/_ViewImports.cshtml).
/// </summary>
public sealed class Text
{
    private Text()
    {
    }
}
