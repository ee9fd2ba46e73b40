using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Councils.Domain.Counting;
using Councils.Domain.Counting.Schulze;
using Councils.Node.Views;

namespace Councils.Pictures;

/// <summary>
/// Reads the record of a count back from a decision (the <c>report</c> of its count, as
/// <c>CountReport.ToRecord</c> writes it) into the count result the pictures draw. Figures are read
/// exactly: "1300.00000" is 130000000 units of 0.00001, "3/2" a ratio.
/// </summary>
public static class RecordedCount
{
    /// <summary>The count result of a decision taken by a method that chooses among options; null for a yes-or-no count.</summary>
    /// <param name="decision">The decision, as the motion's view shows it.</param>
    /// <param name="title">The motion's title, which the record keeps beside the count rather than in it.</param>
    /// <exception cref="FormatException">The report is not one the counting code writes.</exception>
    /// <param name="names">
    /// Names to show for options or candidates that are keys (an election of delegates); the record keeps the keys,
    /// only what is shown changes.
    /// </param>
    public static CountResult? Of(DecisionView decision, string title, IReadOnlyDictionary<string, string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Count["report"] is not JsonObject report || !(report.ContainsKey("stages") || report.ContainsKey("matrices")))
            return null;
        return Read(names is { Count: > 0 } ? Named(report, names) : report, title);
    }

    /// <summary>A copy of the report with every option and candidate that has a name shown by that name.</summary>
    private static JsonObject Named(JsonObject report, IReadOnlyDictionary<string, string> names)
    {
        var copy = report.DeepClone().AsObject();
        JsonNode? Name(JsonNode? option) => option is JsonValue v && v.TryGetValue<string>(out var key) && names.TryGetValue(key, out var name) ? name : option?.DeepClone();
        void Rename(JsonObject? o, string field)
        {
            if (o?[field] is JsonArray a)
                o[field] = new JsonArray([.. a.Select(x => x is JsonArray group ? new JsonArray([.. group.Select(Name)]) : Name(x))]);
        }
        foreach (var field in new[] { "candidates", "winners", "ties", "ranking" })
            Rename(copy, field);
        Rename(copy["tieBreak"] as JsonObject, "order");
        Rename(copy["matrices"] as JsonObject, "options");
        if (copy["stages"] is JsonArray stages)
        {
            foreach (var stage in stages.OfType<JsonObject>())
                stage["subject"] = Name(stage["subject"]);
        }
        return copy;
    }

    /// <summary>Reads a count's report (the record form) into a count result.</summary>
    /// <exception cref="FormatException">The report is not one the counting code writes.</exception>
    public static CountResult Read(JsonObject report, string title)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tieBreak = report["tieBreak"] as JsonObject;
        return new CountResult
        {
            Method = Str(report["method"]),
            Title = title,
            Seats = (int)Long(report["seats"]),
            Candidates = Names(report["candidates"]),
            Winners = Names(report["winners"]),
            Ties = Groups(report["ties"]),
            Ranking = Groups(report["ranking"]),
            ValidBallots = Long(report["validBallots"]),
            Quota = report["quota"] is { } quota ? Value(quota) : null,
            Stages = report["stages"] is JsonArray stages ? [.. stages.Select(s => Stage(s as JsonObject ?? throw Bad("a stage")))] : [],
            Matrices = report["matrices"] is JsonObject m ? Matrices(m) : null,
            TieBreak = new TieBreak(Seed(tieBreak?["seed"]), tieBreak is null ? [] : Names(tieBreak["order"]), tieBreak?["used"]?.GetValue<bool>() ?? false),
            Notes = Names(report["notes"]),
        };
    }

    /// <summary>Reads "1300.00000" exactly: its digits as units, its decimals as the scale.</summary>
    public static VoteValue Value(JsonNode node)
    {
        var text = Str(node);
        var negative = text.StartsWith('-');
        var digits = negative ? text[1..] : text;
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : digits.Length - dot - 1;
        var whole = dot < 0 ? digits : string.Concat(digits.AsSpan(0, dot), digits.AsSpan(dot + 1));
        if (whole.Length == 0 || !whole.All(char.IsAsciiDigit))
            throw Bad($"a vote figure ('{text}')");
        var units = BigInteger.Parse(whole, NumberStyles.None, CultureInfo.InvariantCulture);
        return new VoteValue(negative ? -units : units, decimals);
    }

    private static CountStage Stage(JsonObject s) => new()
    {
        Number = (int)Long(s["number"]),
        Action = Str(s["action"]) switch
        {
            "first count" => StageAction.FirstCount,
            "surplus" => StageAction.Surplus,
            "exclusion" => StageAction.Exclusion,
            "iteration" => StageAction.Iteration,
            var other => throw Bad($"a stage's action ('{other}')"),
        },
        Subject = s["subject"] is JsonValue subject ? subject.GetValue<string>() : null,
        Votes = [.. (s["votes"] as JsonArray ?? throw Bad("a stage's votes")).Select(v => Value(v!))],
        NonTransferable = Value(s["nonTransferable"] ?? throw Bad("non-transferable votes")),
        LossToTruncation = Value(s["lossToTruncation"] ?? throw Bad("the loss to truncation")),
        Total = Value(s["total"] ?? throw Bad("a stage's total")),
        Quota = s["quota"] is { } q ? Value(q) : null,
        KeepFactors = s["keepFactors"] is JsonArray keep ? [.. keep.Select(k => Value(k!))] : null,
        Elected = Names(s["elected"]),
        Excluded = Names(s["excluded"]),
        Notes = Names(s["notes"]),
    };

    private static SchulzeMatrices Matrices(JsonObject m) => new(
        Str(m["strength"]) switch
        {
            "margins" => SchulzeStrength.Margins,
            "ratio" => SchulzeStrength.Ratio,
            _ => SchulzeStrength.WinningVotes,
        },
        Names(m["options"]),
        [.. Rows(m["pairwise"]).Select(row => row.Select(Long).ToArray())],
        [.. Rows(m["strongestPaths"]).Select(row => row.Select(Strength).ToArray())]);

    private static PathStrength Strength(JsonNode? node)
    {
        if (Whole(node) is { } whole)
            return new PathStrength(whole, 1);
        var parts = Str(node).Split('/');
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            ? new PathStrength(n, d)
            : throw Bad("a path strength");
    }

    private static IEnumerable<JsonArray> Rows(JsonNode? node) =>
        (node as JsonArray ?? throw Bad("a matrix")).Select(r => r as JsonArray ?? throw Bad("a matrix row"));

    private static ulong Seed(JsonNode? node) => node switch
    {
        null => 0,
        JsonValue when Whole(node) is { } n => (ulong)n,
        _ => ulong.Parse(Str(node), NumberStyles.None, CultureInfo.InvariantCulture),
    };

    private static long Long(JsonNode? node) => Whole(node) ?? throw Bad("a whole number");

    /// <summary>A whole number, whether parsed from text or built in memory from an int or a long.</summary>
    internal static long? Whole(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number
            && long.TryParse(v.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;

    private static string Str(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw Bad("a text");

    private static string[] Names(JsonNode? node) =>
        node is JsonArray a ? [.. a.Select(Str)] : [];

    private static IReadOnlyList<string>[] Groups(JsonNode? node) =>
        node is JsonArray a ? [.. a.Select(g => (IReadOnlyList<string>)Names(g))] : [];

    private static FormatException Bad(string what) => new($"The count's report does not hold {what} as the counting code writes it.");
}
