using System.Text;
using System.Text.Json.Nodes;
using Councils.Domain.Methods;
using Councils.Node.Requests;
using Councils.Node.Views;

namespace Councils.Cli.Verbs;

/// <summary><c>councils motion open|show|amend|close</c>.</summary>
internal static class MotionVerbs
{
    public static readonly Verb Open = new(
        "motion open",
        "motion open --body ID --by MEMBER --title TITLE [--text TEXT] [--method majority|consent|qualified:2/3[:members]|approval|score:MAX|schulze[:winning|margin|ratio]|stv[:scottish|meek]|irv --options A,B,C [--seats N]] [--effect FILE] [--matter MATTER]",
        "open a motion (the effect, e.g. a charter amendment, applies if it carries); in a federation, an agenda item on a matter",
        OpenAsync);

    public static readonly Verb Show = new("motion show", "motion show --body ID --motion N", "show a motion, its discussion, ballots and decision", ShowAsync);

    public static readonly Verb Amend = new(
        "motion amend",
        "motion amend --body ID --motion N --text TEXT --by MEMBER",
        "amend an open agenda item of a federation (its proposer only); mandates decided on the earlier revision fall back",
        AmendAsync);

    public static readonly Verb Close = new(
        "motion close",
        "motion close --body ID --motion N [--by MEMBER]",
        "close a motion and record its decision (early only by its proposer)",
        CloseAsync);

    private static async Task<int> OpenAsync(CliContext c)
    {
        var body = c.Args.Required("body");
        var method = c.Args.Optional("method") is { } m ? Method(m, c.Args.Optional("options"), c.Args.OptionalLong("seats")) : null;
        var effect = c.Args.Optional("effect") is { } file ? ReadObject(file) : null;
        var request = new OpenMotion(c.Args.Required("by"), c.Args.Required("title"), c.Args.Optional("text"), method, effect, c.Args.Optional("matter"));
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        return await c.PrintAsync(await node.OpenMotionAsync(body, request, c.Cancellation),
            v => v.Item is { } item
                ? $"{CellMotion.Opened(v)} It is an agenda item on {item.Matter}, decided by {item.Mode}, with the rolls of {item.Bodies.Count} member bodies."
                : CellMotion.Opened(v));
    }

    private static async Task<int> ShowAsync(CliContext c)
    {
        var body = c.Args.Required("body");
        var motion = c.Args.RequiredLong("motion");
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        return await c.PrintAsync(await node.GetMotionAsync(body, motion, c.Cancellation), Describe);
    }

    private static async Task<int> AmendAsync(CliContext c)
    {
        var body = c.Args.Required("body");
        var motion = c.Args.RequiredLong("motion");
        var request = new AmendMotion(c.Args.Required("by"), c.Args.Required("text"));
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        return await c.PrintAsync(await node.AmendMotionAsync(body, motion, request, c.Cancellation),
            v => $"Amended motion {v.Id} of {body}; it stands at revision {v.Item?.Revision ?? 0}.");
    }

    private static async Task<int> CloseAsync(CliContext c)
    {
        var body = c.Args.Required("body");
        var motion = c.Args.RequiredLong("motion");
        var request = new CloseMotion(c.Args.Optional("by"));
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        return await c.PrintAsync(await node.CloseMotionAsync(body, motion, request, c.Cancellation), Describe);
    }

    public static string Describe(MotionView m)
    {
        var text = new StringBuilder();
        text.AppendLine($"Motion {m.Id} of {m.Body}: {m.Title}");
        if (m.Text.Length > 0)
            text.AppendLine(m.Text);
        text.AppendLine($"Method {m.Method.ToJsonString()}; opened {Time(m.OpenedAt)}, closes {Time(m.ClosesAt)}; {m.Status}");
        if (m.Item is { } item)
            FederationText.Lines(item).ForEach(l => text.AppendLine(l));
        foreach (var c in m.Discussion)
            text.AppendLine($"Discussion, event {c.Seq}, {c.Name}{(c.Answers is { } a ? $" in answer to event {a}" : "")}: {c.Text}");
        text.AppendLine($"Ballots: {m.BallotsCast} of {m.Eligible} eligible");
        foreach (var b in m.Ballots)
            text.AppendLine($"  {b.Name,-24} {b.Ballot.ToJsonString()}");
        if (m.Decision is { } d)
        {
            text.AppendLine($"Decision: {d.Outcome.ToUpperInvariant()} under charter version {d.CharterVersion}, recorded {Time(d.DecidedAt)} (event {d.Seq})");
            if (d.Count["report"]?["winners"] is JsonArray winners)
                text.AppendLine($"Winners: {string.Join(", ", winners.Select(w => w?.GetValue<string>()))}");
            text.AppendLine($"Count: {d.Count.ToJsonString()}");
        }
        foreach (var r in m.MinorityReports)
            text.AppendLine($"Minority report by {r.Name}: {r.Text}");
        return text.ToString().TrimEnd();
    }

    private static JsonObject Method(string spec, string? options, long? seats)
    {
        var parts = spec.Split(':');
        var method = parts switch
        {
            ["majority"] => new JsonObject { ["type"] = "majority" },
            ["consent"] => new JsonObject { ["type"] = "consent" },
            ["qualified", var fraction, ..] when parts.Length <= 3 && fraction.Split('/') is [var num, var den]
                && long.TryParse(num, out var n) && long.TryParse(den, out var d) =>
                new JsonObject { ["type"] = "qualified", ["num"] = n, ["den"] = d, ["of"] = parts.Length == 3 ? parts[2] : "cast" },
            ["approval"] => Among("approval", options, seats ?? 1),
            ["score", var max] when int.TryParse(max, out var m) => Among("score", options, seats ?? 1, ("max", m)),
            ["schulze", ..] when parts.Length <= 2 => Among("schulze", options, null,
                ("strength", parts.Length == 2 ? parts[1] : "winning"), ("statusQuo", null), ("threshold", null)),
            ["stv", ..] when parts.Length <= 2 => Among("stv", options, seats ?? 1, ("rules", parts.Length == 2 ? parts[1] : "scottish")),
            ["irv"] => Among("irv", options, null),
            _ => throw new UsageException($"--method '{spec}' is not one of majority, consent, qualified:NUM/DEN[:cast|members], approval, score:MAX, schulze[:winning|margin|ratio], stv[:scottish|meek], irv"),
        };
        if (!OptionsMethod.Types.Contains(method["type"]!.GetValue<string>()) && (options is not null || seats is not null))
            throw new UsageException($"--options and --seats go with a method among options, not with '{spec}'");
        return method;
    }

    private static JsonObject Among(string type, string? options, long? seats, params (string Key, JsonNode? Value)[] more)
    {
        var names = (options ?? throw new UsageException($"--method {type} needs --options A,B,C"))
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var method = new JsonObject { ["type"] = type, ["options"] = new JsonArray([.. names.Select(o => (JsonNode)o)]) };
        if (seats is not null)
            method["seats"] = seats;
        foreach (var (key, value) in more)
            method[key] = value;
        return method;
    }

    public static JsonObject ReadObject(string file)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(file)) as JsonObject ?? throw new UsageException($"{file} does not hold a JSON object");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new UsageException($"{file} is not JSON: {e.Message}");
        }
    }

    public static string Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
