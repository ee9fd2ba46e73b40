using System.Text.Json.Nodes;
using Councils.Node.Requests;

namespace Councils.Cli.Verbs;

/// <summary><c>councils vote</c>.</summary>
internal static class VoteVerb
{
    public static readonly Verb Verb = new(
        "vote",
        "vote --body ID --motion N --by MEMBER (--choice CHOICE [--reason TEXT] | --approve A,B | --scores A=5,B=2 | --rank \"A>B=C>D\")",
        "cast a ballot: yes/no/abstain; consent/stand-aside/object with a reason; approvals, scores or a ranking among options",
        RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var body = c.Args.Required("body");
        var motion = c.Args.RequiredLong("motion");
        var ballot = Ballot(c.Args);
        var request = new CastBallot(c.Args.Required("by"), ballot);
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        return await c.PrintAsync(await node.CastBallotAsync(body, motion, request, c.Cancellation),
            r => $"Ballot recorded on motion {motion} of {body} as event {r.Seq} ({r.Hash}).");
    }

    private static JsonObject Ballot(Args args)
    {
        var (choice, approve, scores, rank) = (args.Optional("choice"), args.Optional("approve"), args.Optional("scores"), args.Optional("rank"));
        if (new[] { choice, approve, scores, rank }.Count(v => v is not null) != 1)
            throw new UsageException("give exactly one of --choice, --approve, --scores, --rank");
        if (choice is not null)
        {
            var ballot = new JsonObject { ["choice"] = choice };
            if (args.Optional("reason") is { } reason)
                ballot["reason"] = reason;
            return ballot;
        }
        if (approve is not null)
            return new JsonObject { ["approve"] = new JsonArray([.. Split(approve, ',').Select(o => (JsonNode)o)]) };
        if (scores is not null)
        {
            var scored = new JsonObject();
            foreach (var pair in Split(scores, ','))
                scored[pair.Split('=')[0].Trim()] = pair.Split('=') is [_, var v] && long.TryParse(v, out var n)
                    ? n
                    : throw new UsageException($"--scores wants OPTION=N pairs, not '{pair}'");
            return new JsonObject { ["scores"] = scored };
        }
        return new JsonObject
        {
            ["ranking"] = new JsonArray([.. Split(rank!, '>').Select(group => (JsonNode)new JsonArray([.. Split(group, '=').Select(o => (JsonNode)o)]))]),
        };
    }

    private static string[] Split(string text, char separator) =>
        text.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
