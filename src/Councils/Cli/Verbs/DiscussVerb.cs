using Councils.Node.Requests;

namespace Councils.Cli.Verbs;

/// <summary><c>councils discuss</c>: post a contribution to the discussion of an open motion.</summary>
internal static class DiscussVerb
{
    public static readonly Verb Verb = new(
        "discuss",
        "discuss --body ID --motion N --by MEMBER --text TEXT [--answers SEQ]",
        "post a contribution to the discussion of an open motion, perhaps in answer to an earlier one",
        RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var body = c.Args.Required("body");
        var motion = c.Args.RequiredLong("motion");
        var request = new PostContribution(c.Args.Required("by"), c.Args.Required("text"), c.Args.OptionalLong("answers"));
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        return await c.PrintAsync(await node.PostContributionAsync(body, motion, request, c.Cancellation),
            r => request.Answers is { } answers
                ? $"Contribution posted to the discussion of motion {motion} of {body} as event {r.Seq}, in answer to event {answers}."
                : $"Contribution posted to the discussion of motion {motion} of {body} as event {r.Seq}.");
    }
}
