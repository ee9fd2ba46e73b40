using Councils.Domain;
using Councils.Domain.Record;
using Councils.Domain.Verification;
using Councils.Node;
using Councils.Node.Views;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Councils.Pages.Bodies;

/// <summary>
/// A body's log, newest entry first, a page at a time; its head and latest checkpoint; and
/// "verify this log", which runs on the body's export the checks <c>councils verify FILE</c> runs
/// (for a federation, with its member bodies' exports, so its citations of their logs are checked too).
/// </summary>
public sealed class LogModel(INode node) : PageModel
{
    public const int PageSize = 50;

    public BodyView Body { get; private set; } = null!;

    public HeadView Head { get; private set; } = null!;

    /// <summary>This page's entries, newest first.</summary>
    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public Checkpoint? LastCheckpoint { get; private set; }

    public long Checkpoints { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public int Pages { get; private set; } = 1;

    /// <summary>The report of "verify this log", once asked for.</summary>
    public VerifyReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostVerifyAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } bytes)
            return NotFound();
        // As councils verify FILE...: each export alone, then, if all hold, the federation's citations against its member bodies' logs.
        var exports = new List<(string Body, byte[] Bytes)> { (Body.Id, bytes) };
        var onNode = (await node.ListBodiesAsync(ct)).Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var member in Body.MemberBodies.Select(m => m.Body).Where(onNode.Contains))
            exports.Add((member, await ExportAsync(member, ct)));
        var results = new List<VerificationResult>();
        var logs = new Dictionary<string, IReadOnlyList<Entry>>(StringComparer.Ordinal);
        foreach (var (body, export) in exports)
        {
            var result = LogVerifier.VerifyFile(export, Environment.ProcessorCount);
            results.Add(result);
            if (!result.Ok)
                break;
            logs[body] = EntriesOf(export);
        }
        var report = Verification.Sum(results);
        Report = report.Ok && logs.Count > 1 ? Verification.WithCitations(report, logs) : report;
        return Page();
    }

    /// <summary>Reads the body and its export; null when there is no such body.</summary>
    private async Task<byte[]?> LoadAsync(string id, CancellationToken ct)
    {
        try
        {
            Body = await node.GetBodyAsync(id, ct);
        }
        catch (RuleViolation v) when (v.Rule.StartsWith("unknown-", StringComparison.Ordinal) || v.Rule == Rules.BodyId)
        {
            return null;
        }
        Head = Body.Head;
        var bytes = await ExportAsync(Body.Id, ct);
        var entries = new List<Entry>();
        foreach (var line in ExportFile.Lines(bytes))
        {
            // A line that does not parse is shown by "verify this log", not here.
            try
            {
                if (line.IsCheckpoint)
                {
                    LastCheckpoint = Checkpoint.Parse(line.Bytes);
                    Checkpoints++;
                }
                else
                {
                    entries.Add(Entry.Parse(line.Bytes));
                }
            }
            catch (Exception e) when (e is RecordFormatException or CanonicalJsonException)
            {
            }
        }
        Pages = Math.Max(1, (entries.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Entries = [.. Enumerable.Reverse(entries).Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        return bytes;
    }

    private async Task<byte[]> ExportAsync(string body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await node.ExportAsync(body, buffer, ct);
        return buffer.ToArray();
    }

    private static List<Entry> EntriesOf(byte[] bytes) =>
        [.. ExportFile.Lines(bytes).Where(l => !l.IsCheckpoint).Select(l => Entry.Parse(l.Bytes))];
}
