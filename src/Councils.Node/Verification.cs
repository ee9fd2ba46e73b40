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
