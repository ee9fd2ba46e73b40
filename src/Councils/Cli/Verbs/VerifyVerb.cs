using Councils.Domain.Verification;
using Councils.Node.Views;

namespace Councils.Cli.Verbs;

/// <summary><c>councils verify</c>: check a whole node, or an exported file, and name the first event that fails.</summary>
internal static class VerifyVerb
{
    public static readonly Verb Verb = new(
        "verify",
        "verify [FILE]",
        "verify an exported log, or every log on the node: canonical form, signatures, chain, checkpoints, every count",
        RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var file = c.Args.OptionalWord(0);
        VerifyReport report;
        if (file is not null)
        {
            c.Args.EnsureAllRead();
            var bytes = await File.ReadAllBytesAsync(file, c.Cancellation);
            report = Node.Verification.ReportOf(LogVerifier.VerifyFile(bytes, Environment.ProcessorCount));
        }
        else
        {
            var node = await c.OpenNodeAsync();
            c.Args.EnsureAllRead();
            report = await node.VerifyAsync(c.Cancellation);
        }
        await c.PrintAsync(report, Describe);
        if (report.Failure is { } f && !c.WantsJson)
            await c.Error.WriteLineAsync($"councils: verification failed: {Where(f)}: {f.Message}");
        return report.Ok ? 0 : 2;
    }

    private static string Describe(VerifyReport r) => r.Ok
        ? $"Verified: {r.Bodies} bodies, {r.Events} events, {r.Checkpoints} checkpoints, {r.Decisions} decisions recounted{(r.Citations > 0 ? $", {r.Citations} citations of member bodies' logs checked" : "")}. Everything holds."
        : $"NOT VERIFIED after {r.Events} good events: {Where(r.Failure!)}: {r.Failure!.Message}";

    private static string Where(VerifyFailure f) =>
        string.Join(", ", new[]
        {
            f.Body is null ? null : $"body {f.Body}",
            f.Seq is null ? null : $"event {f.Seq}",
            f.Line is null ? null : $"line {f.Line}",
            $"rule {f.Rule}",
        }.Where(s => s is not null));
}
