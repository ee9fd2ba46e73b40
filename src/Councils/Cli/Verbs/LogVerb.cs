using System.Text;
using Councils.Domain.Record;

namespace Councils.Cli.Verbs;

/// <summary><c>councils log</c>: show a body's log, one event a line.</summary>
internal static class LogVerb
{
    public static readonly Verb Verb = new("log", "log --body ID [--from SEQ] [--json]", "show a body's log (with --json: the exact entries)", RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var body = c.Args.Required("body");
        var from = c.Args.OptionalLong("from") ?? 0;
        var json = c.WantsJson;
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        using var buffer = new MemoryStream();
        await node.ExportAsync(body, buffer, c.Cancellation);
        foreach (var line in ExportFile.Lines(buffer.ToArray()))
        {
            if (line.IsCheckpoint)
                continue;
            var entry = Entry.Parse(line.Bytes);
            if (entry.Seq < from)
                continue;
            await c.Out.WriteLineAsync(json ? Encoding.UTF8.GetString(line.Bytes.Span) : Describe(entry));
        }
        return 0;
    }

    private static string Describe(Entry e) =>
        $"{e.Seq,6}  {DateTimeOffset.FromUnixTimeMilliseconds(e.At):yyyy-MM-dd HH:mm:ss}  {e.Kind,-26} {e.Author.ToString()[..8]}…  {e.Payload.ToJsonString()}";
}
