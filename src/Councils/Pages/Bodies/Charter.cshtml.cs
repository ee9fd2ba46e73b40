using Councils.Accounts;
using Councils.Node;
using Councils.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Bodies;

/// <summary>
/// A body's charter and its history: the charter in force in full, then every version from the log,
/// newest first, each with the decision that adopted it, when, and what it changed rule by rule.
/// </summary>
public sealed class CharterModel(INode node, ActingMember acting, IStringLocalizer<Text> text) : ActingPageModel(node, acting, text)
{
    /// <summary>Every version, newest first.</summary>
    public IReadOnlyList<CharterHistoryEntry> Versions { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => ShowAsync(id, ct);

    /// <summary>The title of motion <paramref name="n"/>, or null when the body's view does not list it.</summary>
    public string? MotionTitle(long n) => Body.Motions.FirstOrDefault(m => m.Id == n)?.Title;

    /// <summary>A rule's value in words where the page has them (admission, a method's type), else as recorded.</summary>
    public string Value(string field, string? value) => value is null ? T["CharterNoValue"]
        : field == "admission" ? T.Of("admission", value)
        : field.EndsWith(".type", StringComparison.Ordinal) ? T.Of("method", value)
        : value;

    protected override async Task LoadMoreAsync(CancellationToken ct) =>
        Versions = CharterHistory.Of(Body.Id, BodyExport.Entries(await BodyExport.ReadAsync(Node, Body.Id, ct)));
}
