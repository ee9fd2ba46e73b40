using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;

namespace Councils.Web;

/// <summary>A motion's method, quorum and ballots said in words, in the page's language.</summary>
internal static class MotionWords
{
    /// <summary>The options a method that chooses among options offers; empty for a yes-or-no method.</summary>
    public static IReadOnlyList<string> Options(JsonObject method) =>
        method["options"] is JsonArray options ? [.. options.Select(o => o?.GetValue<string>() ?? "")] : [];

    /// <summary>The method's <c>type</c>, such as <c>majority</c>.</summary>
    public static string Type(JsonObject method) => method["type"]?.GetValue<string>() ?? "";

    public static long Number(JsonObject json, string key, long fallback) =>
        json[key] is JsonValue v && v.TryGetValue(out long n) ? n : fallback;

    /// <summary>The rule of the method in a sentence.</summary>
    public static string Rule(IStringLocalizer<Text> t, JsonObject method)
    {
        var seats = Number(method, "seats", 1);
        return Type(method) switch
        {
            "qualified" => t["method.qualified.rule", Number(method, "num", 2), Number(method, "den", 3),
                method["of"]?.GetValue<string>() == "members" ? t["BaseMembers"] : t["BaseCast"]],
            "approval" or "score" or "stv" => t[$"method.{Type(method)}.rule", seats, Number(method, "max", 0)],
            var type => t.Of("method", type + ".rule"),
        };
    }

    /// <summary>The quorum of a charter in a sentence.</summary>
    public static string Quorum(IStringLocalizer<Text> t, JsonObject charter) =>
        charter["quorum"] is JsonObject q ? t["QuorumRule", Number(q, "num", 0), Number(q, "den", 1)] : "";

    /// <summary>A ballot as the record holds it, in words.</summary>
    public static string Ballot(IStringLocalizer<Text> t, JsonObject ballot)
    {
        if (ballot["choice"] is JsonValue choice)
        {
            var said = t.Of("choice", choice.GetValue<string>());
            return ballot["reason"] is JsonValue reason ? t["BallotWithReason", said, reason.GetValue<string>()] : said;
        }
        if (ballot["approve"] is JsonArray approve)
            return approve.Count == 0 ? t["BlankBallot"] : string.Join(", ", approve.Select(o => o?.GetValue<string>()));
        if (ballot["ranking"] is JsonArray ranking)
            return ranking.Count == 0 ? t["BlankBallot"]
                : string.Join(" > ", ranking.Select(g => string.Join(" = ", g!.AsArray().Select(o => o?.GetValue<string>()))));
        if (ballot["scores"] is JsonObject scores)
            return scores.Count == 0 ? t["BlankBallot"]
                : string.Join(", ", scores.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key}: {s.Value}")));
        return ballot.ToJsonString();
    }
}
