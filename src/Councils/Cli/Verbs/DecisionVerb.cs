namespace Councils.Cli.Verbs;

/// <summary><c>councils decision</c>: show a decision.</summary>
internal static class DecisionVerb
{
    public static readonly Verb Verb = new("decision", "decision --body ID --motion N", "show a decision: outcome, full count, minority reports", RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var body = c.Args.Required("body");
        var motion = c.Args.RequiredLong("motion");
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        var view = await node.GetMotionAsync(body, motion, c.Cancellation);
        if (view.Decision is null)
            throw new Domain.RuleViolation("no-decision-yet", $"Motion {motion} of {body} has no decision yet; it is {view.Status.ToLowerInvariant()}.");
        return await c.PrintAsync(view, MotionVerbs.Describe);
    }
}
