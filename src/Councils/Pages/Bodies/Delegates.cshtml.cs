using System.Text.Json.Nodes;
using Councils.Accounts;
using Councils.Domain;
using Councils.Node;
using Councils.Node.Requests;
using Councils.Node.Views;
using Councils.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Bodies;

/// <summary>A cell's delegates in each federation it belongs to: seats, mandates, recalls, and the acts that change them.</summary>
public sealed class DelegatesModel(INode node, ActingMember acting, IStringLocalizer<Text> text) : ActingPageModel(node, acting, text)
{
    /// <summary>The choices a mandate may allow on an agenda item.</summary>
    public static readonly string[] Choices = ["yes", "no", "abstain"];

    /// <summary>Members who must support a recall before its motion opens (the charter's delegation.recallSupport).</summary>
    public int RecallSupport { get; private set; } = 1;

    /// <summary>The open agenda items of each federation this node hosts, for the mandate form.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<MotionSummary>> Items { get; private set; } = new Dictionary<string, IReadOnlyList<MotionSummary>>();

    /// <summary>The federation tree of this body (escaped SVG), drawn from the federations this node can read.</summary>
    public string Tree { get; private set; } = "";

    [BindProperty(SupportsGet = true)] public long? Opened { get; set; }

    [BindProperty(SupportsGet = true)] public bool Petitioned { get; set; }

    [BindProperty] public string? Federation { get; set; }

    [BindProperty] public List<string> Candidates { get; set; } = [];

    [BindProperty] public long? Item { get; set; }

    [BindProperty] public List<string> Allow { get; set; } = [];

    [BindProperty] public List<string> Fallback { get; set; } = [];

    [BindProperty] public string? Delegate { get; set; }

    /// <summary>Whether the form <paramref name="form"/> for <paramref name="federation"/> was the one posted (to keep what was typed).</summary>
    public bool Posted(string form, string federation) => Refusal?.Form == form && Federation == federation;

    public Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => ShowAsync(id, ct);

    public Task<IActionResult> OnPostElectAsync(string id, CancellationToken ct) => ActAsync(id, "elect", "", async by =>
    {
        var motion = await Node.ElectDelegatesAsync(Body.Id, new ElectDelegates(by, Federation ?? "", Candidates,
            T["ElectionTitle", Federation ?? ""]), ct);
        return Redirect($"/bodies/{Body.Id}/delegates?opened={motion.Id}");
    });

    public Task<IActionResult> OnPostMandateAsync(string id, CancellationToken ct) => ActAsync(id, "mandate", "", async by =>
    {
        if (Item is not { } item)
            throw new RuleViolation("request-invalid", T["MandateItemMissing"], "item");
        var allow = Choices.Where(Allow.Contains).ToList();
        var fallback = Choices.Where(Fallback.Contains).ToList();
        var effect = new JsonObject
        {
            ["allow"] = allow.Count == 0 ? null : new JsonArray([.. allow.Select(a => (JsonNode)a)]),
            ["fallback"] = fallback.Count == 0 ? null : new JsonArray([.. fallback.Select(a => (JsonNode)a)]),
            ["federation"] = Federation,
            ["motion"] = item,
            ["revision"] = await RevisionAsync(Federation ?? "", item, ct),
            ["type"] = "mandate.set",
        };
        var says = allow.Count == 0 ? T["MandateFree"].Value : string.Join(" / ", allow.Select(a => T.Of("choice", a)));
        var motion = await Node.OpenMotionAsync(Body.Id, new OpenMotion(by, T["MandateTitle", item, Federation ?? "", says], null, null, effect), ct);
        return Redirect($"/bodies/{Body.Id}/delegates?opened={motion.Id}");
    });

    public Task<IActionResult> OnPostPetitionAsync(string id, CancellationToken ct) => ActAsync(id, "petition", "", async by =>
    {
        await Node.PetitionRecallAsync(Body.Id, new PetitionRecall(by, Federation ?? "", Delegate ?? ""), ct);
        return Redirect($"/bodies/{Body.Id}/delegates?petitioned=true");
    });

    public Task<IActionResult> OnPostRecallAsync(string id, CancellationToken ct) => ActAsync(id, "recall", "", async by =>
    {
        var name = Body.Members.FirstOrDefault(m => m.Key == Delegate)?.Name ?? Delegate ?? "";
        var effect = new JsonObject { ["delegate"] = Delegate, ["federation"] = Federation, ["type"] = "delegate.recall" };
        var motion = await Node.OpenMotionAsync(Body.Id, new OpenMotion(by, T["RecallTitle", name, Federation ?? ""], null, null, effect), ct);
        return Redirect($"/bodies/{Body.Id}/delegates?opened={motion.Id}");
    });

    protected override string SignInToAct => "SignInToActDelegates";

    protected override async Task LoadMoreAsync(CancellationToken ct)
    {
        RecallSupport = Body.Charter["delegation"]?["recallSupport"]?.GetValue<int>() ?? 1;
        var items = new Dictionary<string, IReadOnlyList<MotionSummary>>(StringComparer.Ordinal);
        var federations = new List<BodyView>();
        var names = (await Node.ListBodiesAsync(ct)).ToDictionary(b => b.Id, b => b.Name, StringComparer.Ordinal);
        foreach (var f in Body.Federations)
        {
            if (names.ContainsKey(f.Federation))
                federations.Add(await Node.GetBodyAsync(f.Federation, ct));
            // A federation hosted on another node: its item is typed by number.
            items[f.Federation] = federations.Find(v => v.Id == f.Federation) is { } view ? [.. view.Motions.Where(m => m.Outcome is null)] : [];
        }
        Items = items;
        Tree = Pictures.FederationTreePicture.Render(Body, federations, names, T);
    }

    /// <summary>The item's current revision when the federation is on this node; 0 when it is hosted elsewhere (as <c>councils mandate</c>).</summary>
    private async Task<long> RevisionAsync(string federation, long item, CancellationToken ct)
    {
        try
        {
            return (await Node.GetMotionAsync(federation, item, ct)).Item?.Revision ?? 0;
        }
        catch (RuleViolation v) when (v.Rule == "unknown-body")
        {
            return 0;
        }
    }
}
