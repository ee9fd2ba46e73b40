using Councils.Node;
using Councils.Node.Views;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Councils.Pages;

/// <summary>The node's front page: its bodies and the latest decisions across them.</summary>
public sealed class IndexModel(INode node) : PageModel
{
    /// <summary>How many bodies are read for the recent decisions, and how many decisions are shown.</summary>
    private const int BodiesRead = 50;
    private const int DecisionsShown = 10;

    public IReadOnlyList<BodySummary> Bodies { get; private set; } = [];

    public IReadOnlyList<(BodySummary Body, MotionSummary Motion)> RecentDecisions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Bodies = await node.ListBodiesAsync(ct);
        var decided = new List<(BodySummary, MotionSummary)>();
        foreach (var body in Bodies.OrderByDescending(b => b.Events).Take(BodiesRead))
        {
            var view = await node.GetBodyAsync(body.Id, ct);
            decided.AddRange(view.Motions.Where(m => m.Outcome is not null).Select(m => (body, m)));
        }
        RecentDecisions = [.. decided.OrderByDescending(d => d.Item2.ClosesAt).Take(DecisionsShown)];
    }
}
