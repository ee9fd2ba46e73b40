using System.Text.Json.Nodes;
using Councils.Node;
using Councils.Node.Requests;

namespace Councils.Cli.Verbs;

/// <summary><c>councils vote</c>.</summary>
internal static class VoteVerb
{
    public static readonly Verb Verb = new(
        "vote",
        "vote --body ID --motion N --by MEMBER (--choice CHOICE [--reason TEXT] | --approve A,B | --scores A=5,B=2 | --rank \"A>B=C>D\")",
        "cast a ballot: yes/no/abstain; consent/stand-aside/object with a reason; approvals, scores or a ranking among options (an election's candidates by handle)",
        RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var body = c.Args.Required("body");
        var motion = c.Args.RequiredLong("motion");
        var ballot = Ballot(c.Args);
        var by = c.Args.Required("by");
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        var request = new CastBallot(by, await ByKeyAsync(node, body, motion, ballot, c.Cancellation));
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

    /// <summary>
    /// An election's options are its candidates' member keys: a member named in a ranking, approvals
    /// or scores by handle or name stands for their key. Any other name is left for the rules to judge.
    /// </summary>
    private static async Task<JsonObject> ByKeyAsync(INode node, string body, long motion, JsonObject ballot, CancellationToken ct)
    {
        if (ballot.ContainsKey("choice"))
            return ballot;
        var method = (await node.GetMotionAsync(body, motion, ct)).Method;
        var options = (method["options"] as JsonArray ?? []).Select(o => o?.GetValue<string>()).ToHashSet();
        if (!Names(ballot).Any(n => !options.Contains(n)))
            return ballot;
        var members = await node.GetBodyAsync(body, ct);
        string Key(string name) => options.Contains(name) ? name : CellMotion.KeyOf(members, name) is { } k && options.Contains(k) ? k : name;
        return ballot.ContainsKey("approve") ? new JsonObject { ["approve"] = CellMotion.Array(Names(ballot).Select(Key)) }
            : ballot["scores"] is JsonObject scores ? new JsonObject { ["scores"] = Scores(scores, Key) }
            : new JsonObject { ["ranking"] = new JsonArray([.. ballot["ranking"]!.AsArray().Select(g => (JsonNode)CellMotion.Array(g!.AsArray().Select(o => Key(o!.GetValue<string>()))))]) };
    }

    private static JsonObject Scores(JsonObject scores, Func<string, string> key)
    {
        var byKey = new JsonObject();
        foreach (var (name, score) in scores)
        {
            if (!byKey.TryAdd(key(name), score?.DeepClone()))
                throw new UsageException($"--scores names {name} twice");
        }
        return byKey;
    }

    private static IEnumerable<string> Names(JsonObject ballot) =>
        ballot["approve"] is JsonArray approve ? approve.Select(o => o!.GetValue<string>())
        : ballot["scores"] is JsonObject scores ? scores.Select(p => p.Key)
        : ballot["ranking"]!.AsArray().SelectMany(g => g!.AsArray().Select(o => o!.GetValue<string>()));

    private static string[] Split(string text, char separator) =>
        text.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
