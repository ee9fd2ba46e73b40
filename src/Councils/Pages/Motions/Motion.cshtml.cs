using Councils.Accounts;
using Councils.Domain;
using Councils.Node;
using Councils.Node.Requests;
using Councils.Node.Views;
using Councils.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Motions;

/// <summary>A motion's page: its text, method, discussion, ballots, minority reports, the ballot form, and the decision once closed.</summary>
public sealed class MotionModel(INode node, ActingMember acting, IStringLocalizer<Text> text) : MotionPageModel(text)
{
    public BodyView Body { get; private set; } = null!;

    public MotionView Motion { get; private set; } = null!;

    /// <summary>The member the signed-in account acts as in the body, or null.</summary>
    public string? ActingAs { get; private set; }

    /// <summary>What was just done (ballot, report, closed, amended, opened), after a redirect.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public BallotForm Ballot { get; set; } = new();

    [BindProperty]
    public string? ReportText { get; set; }

    [BindProperty]
    public string? AmendText { get; set; }

    [BindProperty]
    public string? ContributionText { get; set; }

    /// <summary>The seq of the contribution the new one answers: from <c>?answer=SEQ</c> (the "answer" link), then a hidden field.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Answer { get; set; }

    public bool IsOpen => Motion.Status == "Open";

    /// <summary>The acting member's ballot, when the view lists it.</summary>
    public BallotView? OwnBallot => ActingKey is null ? null : Motion.Ballots.FirstOrDefault(b => b.Member == ActingKey || b.Member == ActingAs);

    /// <summary>The acting member's key (ballots and proposers are named by key), or null.</summary>
    public string? ActingKey => ActingAs is null ? null : Body.Members.FirstOrDefault(m => m.Handle == ActingAs || m.Key == ActingAs)?.Key ?? ActingAs;

    /// <summary>Whether the acting member proposed the motion.</summary>
    public bool ActingIsProposer => ActingAs is not null && (Motion.Proposer == ActingKey || Motion.Proposer == ActingAs);

    /// <summary>The contribution the form answers: the one <see cref="Answer"/> names, when it is in the discussion.</summary>
    public ContributionView? Answering => Answer is { } seq ? Motion.Discussion.FirstOrDefault(c => c.Seq == seq) : null;

    /// <summary>The contribution <paramref name="contribution"/> answers, or null.</summary>
    public ContributionView? Answered(ContributionView contribution) =>
        contribution?.Answers is { } seq ? Motion.Discussion.FirstOrDefault(c => c.Seq == seq) : null;

    /// <summary>A contribution's author by name: the node's name for them, or the body's member of that key, never a bare key when a name is known.</summary>
    public string NameOf(ContributionView contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        return contribution.Name != contribution.Author ? contribution.Name
            : CountNames.Of(Body).GetValueOrDefault(contribution.Author, contribution.Name);
    }

    public async Task<IActionResult> OnGetAsync(string id, long n, CancellationToken ct) =>
        await LoadAsync(id, n, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostBallotAsync(string id, long n, CancellationToken ct) =>
        ActAsync(id, n, "Ballot.Choice", "ballot", async by =>
        {
            var ballot = Ballot.ToJson(MotionWords.Type(Motion.Method), MotionWords.Options(Motion.Method), ModelState, k => T[k]);
            if (ballot is null)
            {
                Response.StatusCode = 422;
                return false;
            }
            await node.CastBallotAsync(id, n, new CastBallot(by, ballot), ct);
            return true;
        }, v => BallotForm.FieldOf(v.Field) is { Length: > 0 } f ? f : "Ballot.Choice");

    public Task<IActionResult> OnPostReportAsync(string id, long n, CancellationToken ct) =>
        ActAsync(id, n, nameof(ReportText), "report", async by =>
        {
            await node.AttachMinorityReportAsync(id, n, new AttachMinorityReport(by, ReportText ?? ""), ct);
            return true;
        }, _ => nameof(ReportText));

    public Task<IActionResult> OnPostDiscussAsync(string id, long n, CancellationToken ct) =>
        ActAsync(id, n, nameof(ContributionText), "discussion", async by =>
        {
            await node.PostContributionAsync(id, n, new PostContribution(by, ContributionText ?? "", Answer), ct);
            return true;
        }, _ => nameof(ContributionText));

    public Task<IActionResult> OnPostCloseAsync(string id, long n, CancellationToken ct) =>
        ActAsync(id, n, "Close", "closed", async by =>
        {
            await node.CloseMotionAsync(id, n, new CloseMotion(by), ct);
            return true;
        }, _ => "Close");

    public Task<IActionResult> OnPostAmendAsync(string id, long n, CancellationToken ct) =>
        ActAsync(id, n, nameof(AmendText), "amended", async by =>
        {
            await node.AmendMotionAsync(id, n, new AmendMotion(by, AmendText ?? ""), ct);
            return true;
        }, _ => nameof(AmendText));

    private async Task<bool> LoadAsync(string id, long n, CancellationToken ct)
    {
        try
        {
            Body = await node.GetBodyAsync(id, ct);
            Motion = await node.GetMotionAsync(id, n, ct);
        }
        catch (RuleViolation v) when (v.Rule.StartsWith("unknown-", StringComparison.Ordinal) || v.Rule == Rules.BodyId)
        {
            return false;
        }
        ActingAs = await acting.InBodyAsync(Body.Id, ct);
        return true;
    }

    /// <summary>Acts as the signed-in member, then redirects (post, redirect, get); on a refusal shows the page again with what was typed.</summary>
    private async Task<IActionResult> ActAsync(string id, long n, string field, string done, Func<string, Task<bool>> act, Func<RuleViolation, string> fieldOf)
    {
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(id, n, ct))
            return NotFound();
        if (ActingAs is null)
        {
            RefuseAnonymous(field);
            return Page();
        }
        try
        {
            if (await act(ActingAs))
                return RedirectToPage(new { id, n, done });
        }
        catch (RuleViolation v)
        {
            Refuse(v, v.Rule == Rules.MotionClosed ? "" : fieldOf(v));
            if (v.Rule == Rules.MotionClosed && field == nameof(ContributionText))
                StaleClosedKey = "DiscussionStaleClosed";
        }
        // The page shows the motion as it is now: closed meanwhile, say.
        Motion = await node.GetMotionAsync(id, n, ct);
        return Page();
    }
}
