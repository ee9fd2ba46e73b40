using System.Text.Json.Nodes;
using Councils.Domain.Counting.Schulze;
using Councils.Domain.Record;

namespace Councils.Domain.Counting.Reports;

/// <summary>
/// Writes a result as the record keeps it in the count of a motion: the members of the JSON
/// report, in canonical JSON, which holds integers only. Vote figures are decimal strings with all
/// their digits ("1300.00000"); counts of ballots and the seed are integers; a Schulze ratio is
/// "n/d" as in the JSON report. The title and the withdrawn candidates are left out: a motion has
/// its own title, and its options never withdraw.
/// </summary>
internal static class RecordReport
{
    public static JsonObject Write(CountResult r)
    {
        var json = new JsonObject
        {
            ["candidates"] = Names(r.Candidates),
            ["method"] = r.Method,
            ["notes"] = Names(r.Notes),
            ["ranking"] = Groups(r.Ranking),
            ["seats"] = r.Seats,
            ["tieBreak"] = new JsonObject
            {
                ["order"] = Names(r.TieBreak.Order),
                ["seed"] = Integer(r.TieBreak.Seed),
                ["used"] = r.TieBreak.Used,
            },
            ["ties"] = Groups(r.Ties),
            ["validBallots"] = r.ValidBallots,
            ["winners"] = Names(r.Winners),
        };
        if (r.Quota is { } quota)
            json["quota"] = quota.ToString();
        if (r.Matrices is { } m)
            json["matrices"] = Matrices(m);
        else
            json["stages"] = new JsonArray([.. r.Stages.Select(Stage)]);
        return json;
    }

    private static JsonObject Matrices(SchulzeMatrices m) => new()
    {
        ["options"] = Names(m.Options),
        ["pairwise"] = new JsonArray([.. m.Pairwise.Select(row => new JsonArray([.. row.Select(v => (JsonNode)v)]))]),
        ["strength"] = m.Strength switch
        {
            SchulzeStrength.Margins => "margins",
            SchulzeStrength.Ratio => "ratio",
            _ => "winning-votes",
        },
        // Whole strengths as numbers; ratios as "n/d" so they stay exact, as in the JSON report.
        ["strongestPaths"] = new JsonArray([.. m.StrongestPaths.Select(row => new JsonArray([.. row.Select(p =>
            p.Denominator == 1 || p.Numerator == 0 ? (JsonNode)p.Numerator : p.ToString())]))]),
    };

    private static JsonObject Stage(CountStage s)
    {
        var json = new JsonObject
        {
            ["action"] = StageNames.Action(s.Action),
            ["elected"] = Names(s.Elected),
            ["excluded"] = Names(s.Excluded),
            ["lossToTruncation"] = s.LossToTruncation.ToString(),
            ["nonTransferable"] = s.NonTransferable.ToString(),
            ["notes"] = Names(s.Notes),
            ["number"] = s.Number,
            ["subject"] = s.Subject,
            ["total"] = s.Total.ToString(),
            ["votes"] = Names(s.Votes.Select(v => v.ToString())),
        };
        if (s.Quota is { } quota)
            json["quota"] = quota.ToString();
        if (s.KeepFactors is { } keep)
            json["keepFactors"] = Names(keep.Select(k => k.ToString()));
        return json;
    }

    // A seed beyond the record's integers (a count run outside a motion) is kept exact as a string.
    private static JsonNode Integer(ulong n) => n <= CanonicalJson.MaxInteger ? (long)n : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static JsonArray Names(IEnumerable<string> names) => new([.. names.Select(n => (JsonNode)n)]);

    private static JsonArray Groups(IEnumerable<IReadOnlyList<string>> groups) => new([.. groups.Select(g => (JsonNode)Names(g))]);
}
