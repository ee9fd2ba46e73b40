using Councils.Node.Requests;

namespace Councils.Cli.Verbs;

/// <summary><c>councils report</c>: attach a minority report.</summary>
internal static class ReportVerb
{
    public static readonly Verb Verb = new(
        "report",
        "report --body ID --motion N --by MEMBER --text TEXT",
        "attach a minority report to a motion or its decision",
        RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var body = c.Args.Required("body");
        var motion = c.Args.RequiredLong("motion");
        var request = new AttachMinorityReport(c.Args.Required("by"), c.Args.Required("text"));
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        return await c.PrintAsync(await node.AttachMinorityReportAsync(body, motion, request, c.Cancellation),
            r => $"Minority report attached to motion {motion} of {body} as event {r.Seq}.");
    }
}
