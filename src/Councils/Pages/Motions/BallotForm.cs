using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Councils.Pages.Motions;

/// <summary>
/// What a member typed on a ballot form, for every method: a choice (yes/no/abstain, consent/stand-aside/object)
/// with a reason, approved options, a rank or a score per option. Kept as typed, so a refused ballot shows again.
/// </summary>
public sealed class BallotForm
{
    public string? Choice { get; set; }

    public string? Reason { get; set; }

    public List<string> Approve { get; set; } = [];

    /// <summary>The rank typed beside each option, in the motion's order of options; blank leaves it unranked.</summary>
    public List<string?> Ranks { get; set; } = [];

    /// <summary>The score typed beside each option, in the motion's order of options; blank scores 0.</summary>
    public List<string?> Scores { get; set; } = [];

    public string? RankAt(int i) => i < Ranks.Count ? Ranks[i] : null;

    public string? ScoreAt(int i) => i < Scores.Count ? Scores[i] : null;

    /// <summary>The ballot as the method reads it, or null with the errors added under the form's field names.</summary>
    public JsonObject? ToJson(string type, IReadOnlyList<string> options, ModelStateDictionary errors, Func<string, string> text)
    {
        switch (type)
        {
            case "approval":
                return new JsonObject { ["approve"] = new JsonArray([.. Approve.Select(o => (JsonNode)o)]) };
            case "score":
                var scores = new JsonObject();
                for (var i = 0; i < options.Count; i++)
                {
                    var typed = ScoreAt(i);
                    if (string.IsNullOrWhiteSpace(typed))
                        continue;
                    if (!long.TryParse(typed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var score))
                    {
                        errors.AddModelError($"Ballot.Scores[{i}]", text("ScoreNotANumber"));
                        return null;
                    }
                    scores[options[i]] = score;
                }
                return new JsonObject { ["scores"] = scores };
            case "schulze" or "stv" or "irv":
                var ranked = new List<(long Rank, string Option)>();
                for (var i = 0; i < options.Count; i++)
                {
                    var typed = RankAt(i);
                    if (string.IsNullOrWhiteSpace(typed))
                        continue;
                    if (!long.TryParse(typed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var rank) || rank < 1)
                    {
                        errors.AddModelError($"Ballot.Ranks[{i}]", text("RankNotANumber"));
                        return null;
                    }
                    ranked.Add((rank, options[i]));
                }
                var groups = ranked.GroupBy(r => r.Rank).OrderBy(g => g.Key)
                    .Select(g => (JsonNode)new JsonArray([.. g.Select(r => (JsonNode)r.Option)]));
                return new JsonObject { ["ranking"] = new JsonArray([.. groups]) };
            default:
                if (string.IsNullOrEmpty(Choice))
                {
                    errors.AddModelError("Ballot.Choice", text("ChooseOne"));
                    return null;
                }
                var ballot = new JsonObject { ["choice"] = Choice };
                if (!string.IsNullOrWhiteSpace(Reason))
                    ballot["reason"] = Reason.Trim();
                return ballot;
        }
    }

    /// <summary>The form field a refusal's path (such as <c>ballot.reason</c> or <c>ballot.ranking[0]</c>) concerns.</summary>
    public static string FieldOf(string? path) => path switch
    {
        null => "",
        _ when path.EndsWith("reason", StringComparison.Ordinal) => "Ballot.Reason",
        _ when path.EndsWith("choice", StringComparison.Ordinal) => "Ballot.Choice",
        _ when path.Contains("approve", StringComparison.Ordinal) => "Ballot.Approve",
        _ when path.Contains("ranking", StringComparison.Ordinal) => "Ballot.Ranks",
        _ when path.Contains("scores", StringComparison.Ordinal) => "Ballot.Scores",
        _ => "",
    };
}
