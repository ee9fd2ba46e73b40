using Councils.Accounts;
using Councils.Domain.Record;
using Councils.Domain.Verification;
using Councils.Node;
using Councils.Node.Views;
using Councils.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Councils.Pages.Bodies;

/// <summary>
/// A body's log, newest entry first, a page at a time; its head and latest checkpoint; and
/// "verify this log", which runs on the body's export the checks <c>councils verify FILE</c> runs
/// (for a federation, with its member bodies' exports, so its citations of their logs are checked too).
/// </summary>
public sealed class LogModel(INode node, ActingMember acting, IStringLocalizer<Text> text) : ActingPageModel(node, acting, text)
{
    public const int PageSize = 50;

    public HeadView Head { get; private set; } = null!;

    /// <summary>This page's entries, newest first.</summary>
    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public Checkpoint? LastCheckpoint { get; private set; }

    public long Checkpoints { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public int Pages { get; private set; } = 1;

    /// <summary>The report of "verify this log", once asked for.</summary>
    public VerifyReport? Report { get; private set; }

    /// <summary>The body's export, as read for this page.</summary>
    private byte[] _export = [];

    public Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => ShowAsync(id, ct);

    public async Task<IActionResult> OnPostVerifyAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var bytes = _export;
        // As councils verify FILE...: each export alone, then, if all hold, the federation's citations against its member bodies' logs.
        var exports = new List<(string Body, byte[] Bytes)> { (Body.Id, bytes) };
        var onNode = (await Node.ListBodiesAsync(ct)).Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var member in Body.MemberBodies.Select(m => m.Body).Where(onNode.Contains))
            exports.Add((member, await BodyExport.ReadAsync(Node, member, ct)));
        var results = new List<VerificationResult>();
        var logs = new Dictionary<string, IReadOnlyList<Entry>>(StringComparer.Ordinal);
        foreach (var (body, export) in exports)
        {
            var result = LogVerifier.VerifyFile(export, Environment.ProcessorCount);
            results.Add(result);
            if (!result.Ok)
                break;
            logs[body] = BodyExport.Entries(export);
        }
        var report = Verification.Sum(results);
        Report = report.Ok && logs.Count > 1 ? Verification.WithCitations(report, logs) : report;
        return Page();
    }

    /// <summary>Reads the body's export: this page's entries and the latest checkpoint.</summary>
    protected override async Task LoadMoreAsync(CancellationToken ct)
    {
        Head = Body.Head;
        var bytes = _export = await BodyExport.ReadAsync(Node, Body.Id, ct);
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
    }
}
