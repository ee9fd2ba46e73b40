using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Storage;

/// <summary>The node's signed statement of a log's size and Merkle root, stored as signed.</summary>
[Table("checkpoints")]
[PrimaryKey(nameof(BodyId), nameof(Size))]
public sealed class CheckpointRow
{
    [Column("body_id"), MaxLength(63)]
    public required string BodyId { get; set; }

    /// <summary>The number of entries the checkpoint covers.</summary>
    [Column("size")]
    public long Size { get; set; }

    /// <summary>The RFC 9162 root of the first <see cref="Size"/> entries (32 bytes).</summary>
    [Column("root")]
    public required byte[] Root { get; set; }

    /// <summary>The checkpoint's canonical JSON bytes, signature included.</summary>
    [Column("bytes")]
    public required byte[] Bytes { get; set; }
}
