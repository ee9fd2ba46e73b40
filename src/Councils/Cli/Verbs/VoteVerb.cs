using System.Text.Json.Nodes;
using Councils.Node.Requests;

namespace Councils.Cli.Verbs;

/// <summary><c>councils vote</c>.</summary>
internal static class VoteVerb
{
    public static readonly Verb Verb = new(
        "vote",
        "vote --body ID --motion N --by MEMBER --choice CHOICE [--reason TEXT]",
        "cast a ballot (yes/no/abstain; consent/stand-aside/object with a reason)",
        RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var body = c.Args.Required("body");
        var motion = c.Args.RequiredLong("motion");
        var ballot = new JsonObject { ["choice"] = c.Args.Required("choice") };
        if (c.Args.Optional("reason") is { } reason)
            ballot["reason"] = reason;
        var request = new CastBallot(c.Args.Required("by"), ballot);
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        return await c.PrintAsync(await node.CastBallotAsync(body, motion, request, c.Cancellation),
            r => $"Ballot recorded on motion {motion} of {body} as event {r.Seq} ({r.Hash}).");
    }
}
