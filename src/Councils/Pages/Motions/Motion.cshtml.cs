using Councils.Accounts;
using Councils.Node;
using Councils.Node.Requests;
using Councils.Node.Views;
using Councils.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Motions;

/// <summary>A motion's page: its text, method, discussion, ballots, minority reports, the ballot form, and the decision once closed.</summary>
public sealed class MotionModel(INode node, ActingMember acting, IStringLocalizer<Text> text) : ActingPageModel(node, acting, text)
{
    public MotionView Motion { get; private set; } = null!;

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

    /// <summary>The motion's number, from the address.</summary>
    private long N => Convert.ToInt64(RouteData.Values["n"], System.Globalization.CultureInfo.InvariantCulture);

    public Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => ShowAsync(id, ct);

    public Task<IActionResult> OnPostBallotAsync(string id, long n) =>
        ActAsync(id, "", "Ballot.Choice", async by =>
        {
            var ballot = Ballot.ToJson(MotionWords.Type(Motion.Method), MotionWords.Options(Motion.Method), ModelState, k => T[k]);
            if (ballot is null)
                return Invalid();
            await Node.CastBallotAsync(id, n, new CastBallot(by, ballot), HttpContext.RequestAborted);
            return Did("ballot");
        }, v => BallotForm.FieldOf(v.Field) is { Length: > 0 } f ? f : "Ballot.Choice");

    public Task<IActionResult> OnPostReportAsync(string id, long n) =>
        ActAsync(id, "", nameof(ReportText), async by =>
        {
            await Node.AttachMinorityReportAsync(id, n, new AttachMinorityReport(by, ReportText ?? ""), HttpContext.RequestAborted);
            return Did("report");
        }, _ => nameof(ReportText));

    public Task<IActionResult> OnPostDiscussAsync(string id, long n)
    {
        // Stale, the page says the contribution (not a ballot) was not posted.
        StaleClosedKey = "DiscussionStaleClosed";
        return ActAsync(id, "", nameof(ContributionText), async by =>
        {
            await Node.PostContributionAsync(id, n, new PostContribution(by, ContributionText ?? "", Answer), HttpContext.RequestAborted);
            return Did("discussion");
        }, _ => nameof(ContributionText));
    }

    public Task<IActionResult> OnPostCloseAsync(string id, long n) =>
        ActAsync(id, "", "Close", async by =>
        {
            await Node.CloseMotionAsync(id, n, new CloseMotion(by), HttpContext.RequestAborted);
            return Did("closed");
        }, _ => "Close");

    public Task<IActionResult> OnPostAmendAsync(string id, long n) =>
        ActAsync(id, "", nameof(AmendText), async by =>
        {
            await Node.AmendMotionAsync(id, n, new AmendMotion(by, AmendText ?? ""), HttpContext.RequestAborted);
            return Did("amended");
        }, _ => nameof(AmendText));

    protected override async Task LoadMoreAsync(CancellationToken ct) => Motion = await Node.GetMotionAsync(Body.Id, N, ct);

    private RedirectToPageResult Did(string done) => RedirectToPage(new { id = Body.Id, n = N, done });
}
