using Councils.Node.Views;

namespace Councils.Pages.Motions;

/// <summary>
/// The names a count is shown with: an election of delegates counts its candidates by their keys, and a page shows
/// who they are. Passed to the decision partial in its view data under <see cref="Key"/>.
/// </summary>
public static class CountNames
{
    public const string Key = "CountNames";

    /// <summary>The body's members' names by key.</summary>
    public static IReadOnlyDictionary<string, string> Of(BodyView body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.Members.GroupBy(m => m.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
    }
}
