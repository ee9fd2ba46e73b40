using Councils.Domain.Record;
using Councils.Node;

namespace Councils.Web;

/// <summary>A body's log as the node exports it (JSON Lines: entries, each followed by its checkpoints), for pages that read the record itself.</summary>
public static class BodyExport
{
    /// <summary>The export's bytes.</summary>
    public static async Task<byte[]> ReadAsync(INode node, string body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(node);
        using var buffer = new MemoryStream();
        await node.ExportAsync(body, buffer, ct);
        return buffer.ToArray();
    }

    /// <summary>The export's entries in order, without its checkpoints.</summary>
    public static List<Entry> Entries(byte[] export) =>
        [.. ExportFile.Lines(export).Where(l => !l.IsCheckpoint).Select(l => Entry.Parse(l.Bytes))];
}
