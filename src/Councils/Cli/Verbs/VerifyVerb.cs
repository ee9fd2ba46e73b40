using Councils.Domain.Record;
using Councils.Domain.Verification;
using Councils.Node.Views;

namespace Councils.Cli.Verbs;

/// <summary><c>councils verify</c>: check a whole node, or an exported file, and name the first event that fails.</summary>
internal static class VerifyVerb
{
    public static readonly Verb Verb = new(
        "verify",
        "verify [FILE...]",
        "verify exported logs, or every log on the node: canonical form, signatures, chain, checkpoints, every count, and a federation's citations of its member bodies' logs among them",
        RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var files = new List<string>();
        while (c.Args.OptionalWord(files.Count) is { } file)
            files.Add(file);
        VerifyReport report;
        if (files.Count > 0)
        {
            c.Args.EnsureAllRead();
            report = await VerifyFilesAsync(files, c.Cancellation);
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

    /// <summary>Each file alone, then, if all hold, the federations among them against the member bodies' logs among them.</summary>
    private static async Task<VerifyReport> VerifyFilesAsync(List<string> files, CancellationToken ct)
    {
        var results = new List<VerificationResult>();
        var logs = new Dictionary<string, IReadOnlyList<Entry>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file, ct);
            var result = LogVerifier.VerifyFile(bytes, Environment.ProcessorCount);
            results.Add(result);
            if (!result.Ok)
                break;
            var entries = ExportFile.Lines(bytes).Where(l => !l.IsCheckpoint).Select(l => Entry.Parse(l.Bytes)).ToList();
            if (entries.Count > 0)
                logs[entries[0].Body] = entries;
        }
        var report = Node.Verification.Sum(results);
        return report.Ok && files.Count > 1 ? Node.Verification.WithCitations(report, logs) : report;
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
