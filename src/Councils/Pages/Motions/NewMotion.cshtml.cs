using System.Text.Json.Nodes;
using Councils.Accounts;
using Councils.Node;
using Councils.Node.Requests;
using Councils.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Motions;

/// <summary>Opens a motion: title, text, and a method the charter allows (its default, or one that chooses among options).</summary>
public sealed class NewMotionModel(INode node, ActingMember acting, IStringLocalizer<Text> text) : ActingPageModel(node, acting, text)
{
    public static IReadOnlyList<string> Methods { get; } = ["", "majority", "qualified", "consent", "approval", "score", "schulze", "stv", "irv"];

    [BindProperty] public string? Title { get; set; }

    [BindProperty] public string? MotionText { get; set; }

    /// <summary>The method's type; blank means the charter's default.</summary>
    [BindProperty] public string? Method { get; set; }

    /// <summary>The options, one a line, for a method that chooses among them.</summary>
    [BindProperty] public string? Options { get; set; }

    [BindProperty] public int Seats { get; set; } = 1;

    [BindProperty] public int Max { get; set; } = 5;

    /// <summary>In a federation, the kind of matter an agenda item decides.</summary>
    [BindProperty] public string? Matter { get; set; }

    public Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => ShowAsync(id, ct);

    public Task<IActionResult> OnPostAsync(string id) => ActAsync(id, "", "", async by =>
    {
        if (!ModelState.IsValid)
            return Invalid();
        var opened = await Node.OpenMotionAsync(Body.Id, new OpenMotion(by, Title?.Trim() ?? "", MotionText?.Trim(), MethodSpec(),
            Matter: string.IsNullOrWhiteSpace(Matter) ? null : Matter.Trim()), HttpContext.RequestAborted);
        return RedirectToPage("Motion", new { id = Body.Id, n = opened.Id, done = "opened" });
    }, v => FieldOf(v.Field));

    private JsonObject? MethodSpec()
    {
        if (string.IsNullOrEmpty(Method))
            return null;
        var spec = new JsonObject { ["type"] = Method };
        switch (Method)
        {
            case "qualified":
                spec["num"] = 2;
                spec["den"] = 3;
                spec["of"] = "cast";
                break;
            case "approval" or "score" or "schulze" or "stv" or "irv":
                var lines = (Options ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                spec["options"] = new JsonArray([.. lines.Select(l => (JsonNode)l)]);
                if (Method is "approval" or "score" or "stv")
                    spec["seats"] = Seats;
                if (Method == "score")
                    spec["max"] = Max;
                if (Method == "stv")
                    spec["rules"] = "scottish";
                if (Method == "schulze")
                {
                    spec["strength"] = "winning";
                    spec["statusQuo"] = null;
                    spec["threshold"] = null;
                }
                break;
        }
        return spec;
    }

    private static string FieldOf(string? path) => path switch
    {
        null => "",
        _ when path.EndsWith("title", StringComparison.OrdinalIgnoreCase) => nameof(Title),
        _ when path.EndsWith("text", StringComparison.OrdinalIgnoreCase) => nameof(MotionText),
        _ when path.Contains("options", StringComparison.Ordinal) => nameof(Options),
        _ when path.Contains("seats", StringComparison.Ordinal) => nameof(Seats),
        _ when path.Contains("max", StringComparison.Ordinal) => nameof(Max),
        _ when path.Contains("method", StringComparison.Ordinal) => nameof(Method),
        _ when path.Contains("matter", StringComparison.Ordinal) => nameof(Matter),
        _ => "",
    };
}
