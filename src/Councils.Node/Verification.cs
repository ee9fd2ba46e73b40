using Councils.Domain.Events;
using Councils.Domain.Record;
using Councils.Domain.Verification;
using Councils.Node.Views;

namespace Councils.Node;

/// <summary>Turns the verifier's findings into the report the API and the command line give.</summary>
public static class Verification
{
    public static VerifyReport ReportOf(VerificationResult result) => new(
        result.Ok,
        result.Body is null ? 0 : 1,
        result.Events,
        result.Checkpoints,
        result.Decisions,
        result.Failure is { } f ? new VerifyFailure(result.Body, f.Seq, f.Line, f.Rule, f.Message) : null);

    /// <summary>
    /// Checks each federation among <paramref name="logs"/> against the member bodies' logs among
    /// them (see <see cref="Citations"/>): the report, with the citations counted, or failed on the first that does not hold.
    /// </summary>
    /// <param name="report">The report of the logs verified one by one.</param>
    /// <param name="logs">Each body's entries, in order, by body id.</param>
    public static VerifyReport WithCitations(VerifyReport report, IReadOnlyDictionary<string, IReadOnlyList<Entry>> logs)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(logs);
        long citations = 0;
        foreach (var (body, entries) in logs.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (entries.Count == 0 || entries[0].Kind != BodyCreated.KindName
                || EventCodec.Decode(entries[0].Kind, entries[0].PayloadToDecode) is not BodyCreated { BodyKind.IsCell: false })
                continue;
            var failure = Citations.Check(body, entries, b => logs.ContainsKey(b.ToString()),
                (b, seq) => logs[b.ToString()] is { } cited && seq < cited.Count ? cited[(int)seq] : null, out var count);
            citations += count;
            if (failure is not null)
                return report with { Ok = false, Failure = failure, Citations = citations };
        }
        return report with { Citations = citations };
    }

    public static VerifyReport Sum(IEnumerable<VerificationResult> results)
    {
        long bodies = 0, events = 0, checkpoints = 0, decisions = 0;
        foreach (var r in results)
        {
            bodies++;
            events += r.Events;
            checkpoints += r.Checkpoints;
            decisions += r.Decisions;
            if (r.Failure is { } f)
                return new VerifyReport(false, bodies, events, checkpoints, decisions, new VerifyFailure(r.Body, f.Seq, f.Line, f.Rule, f.Message));
        }
        return new VerifyReport(true, bodies, events, checkpoints, decisions, null);
    }
}
