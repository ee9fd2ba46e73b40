using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Councils.Domain.Json;
using Councils.Domain.Record;

namespace Councils.Domain.Methods;

/// <summary>The count of a motion decided by a method that chooses among options: its report.</summary>
public sealed partial record Count
{
    private readonly byte[]? _report;

    /// <summary>Makes the count of a method that chooses among options, from its report.</summary>
    /// <param name="turnout">How many eligible members cast a ballot, blank ballots included.</param>
    /// <param name="eligible">How many members were eligible on the motion.</param>
    /// <param name="quorumNeeded">How many ballots the quorum required.</param>
    /// <param name="report">
    /// The whole record of the count, as <see cref="Counting.Reports.CountReport.ToRecord"/> writes
    /// it: canonical JSON with at least <c>winners</c> (names, in order) and <c>ties</c> (groups of names).
    /// </param>
    /// <param name="outcome">The outcome.</param>
    /// <exception cref="RuleViolation">The parts do not make a consistent count, or the report is not canonical JSON with winners and ties (<c>payload-invalid</c>).</exception>
    public Count(long turnout, long eligible, long quorumNeeded, JsonObject report, Outcome outcome)
        : this(turnout, eligible, quorumNeeded, report, outcome, "")
    {
    }

    private Count(long turnout, long eligible, long quorumNeeded, JsonObject report, Outcome outcome, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        Tallies = ImmutableSortedDictionary.Create<string, long>(StringComparer.Ordinal);
        Objections = [];
        Eligible = eligible;
        QuorumNeeded = quorumNeeded;
        Outcome = outcome;
        Turnout = turnout >= 0 ? turnout : throw Refuse(path, "turnout", $"A turnout counts zero or more ballots, not {turnout}.");
        CheckTurnout(path);
        var at = Text.Path(path, "report");
        try
        {
            _report = CanonicalJson.Serialize(report);
        }
        catch (CanonicalJsonException e)
        {
            throw new RuleViolation(Rules.PayloadInvalid, $"The report of a count is canonical JSON: {e.Message}", at);
        }
        // Read back from its own bytes, so that what the count holds is what the record will hold.
        var copy = CanonicalJson.Parse(_report)!.AsObject();
        Winners = Names(copy["winners"], Text.Path(at, "winners"), "The winners");
        Ties = [.. Items(copy["ties"], Text.Path(at, "ties"), "The ties").Select((group, i) => Names(group, $"{Text.Path(at, "ties")}[{i}]", "A tie"))];
    }

    /// <summary>
    /// The winners, in order of election or of ranking, under a method that chooses among options;
    /// empty otherwise. They are the decision when the outcome is <see cref="Outcome.Carried"/>.
    /// </summary>
    public ImmutableArray<string> Winners { get; } = [];

    /// <summary>
    /// Groups of options the count could not separate where it mattered for the winners, each then
    /// settled by the lot the motion fixed when it opened; empty when there was none.
    /// </summary>
    public ImmutableArray<ImmutableArray<string>> Ties { get; } = [];

    /// <summary>
    /// The whole record of the count under a method that chooses among options (stages of an STV
    /// count, the matrices of a Schulze count, the totals of approval or score, the lot), a copy
    /// each time; null under a yes-or-no method.
    /// </summary>
    public JsonObject? Report => _report is null ? null : CanonicalJson.Parse(_report)!.AsObject();

    private void CheckTurnout(string path)
    {
        if (Eligible < Turnout)
            throw Refuse(path, "eligible", $"{Turnout} ballots cannot come from {Eligible} eligible members.");
        if (QuorumNeeded < 0 || QuorumNeeded > Eligible)
            throw Refuse(path, "quorum", $"A quorum of {QuorumNeeded} is not between 0 and the {Eligible} eligible members.");
        if ((Outcome == Outcome.Lapsed) != (Turnout < QuorumNeeded))
            throw Refuse(path, "outcome", $"A count lapses exactly when the turnout ({Turnout}) is below the quorum ({QuorumNeeded}).");
    }

    private bool ReportEquals(Count other) =>
        _report is null ? other._report is null : other._report is not null && _report.AsSpan().SequenceEqual(other._report);

    private string ReportSummary(byte[] report)
    {
        var winners = Winners.IsEmpty ? "no winners" : $"winners {string.Join(", ", Winners)}";
        var ties = Ties.IsEmpty ? "" : $"; ties {string.Join(" ", Ties.Select(t => $"[{string.Join(", ", t)}]"))}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(report))[..8];
        return $"{Spellings.Of(Outcome)}: {winners}{ties}; {Turnout} of {Eligible} eligible, quorum {QuorumNeeded}; report {hash}";
    }

    private static RuleViolation Refuse(string path, string key, string message) => new(Rules.PayloadInvalid, message, Text.Path(path, key));

    private static JsonArray Items(JsonNode? node, string path, string what) =>
        node as JsonArray ?? throw new RuleViolation(Rules.PayloadInvalid, $"{what} of a count's report are an array.", path);

    private static ImmutableArray<string> Names(JsonNode? node, string path, string what)
    {
        var names = Items(node, path, what)
            .Select((n, i) => n is JsonValue v && v.GetValueKind() == JsonValueKind.String
                ? v.GetValue<string>()
                : throw new RuleViolation(Rules.PayloadInvalid, $"{what} of a count's report are names of options.", $"{path}[{i}]"))
            .ToImmutableArray();
        return names.Distinct(StringComparer.Ordinal).Count() == names.Length
            ? names
            : throw new RuleViolation(Rules.PayloadInvalid, $"{what} of a count's report name each option once.", path);
    }
}
