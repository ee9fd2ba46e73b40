using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;

namespace Councils.Node.Storage;

/// <summary>Projection: a body as its log stands at <see cref="HeadSeq"/>.</summary>
/// <remarks>Deleting a body's row deletes every projection row of that body, ready for a rebuild.</remarks>
[Table("bodies")]
public sealed class BodyRow
{
    [Key, Column("id"), MaxLength(63)]
    public required string Id { get; set; }

    [Column("name"), MaxLength(200)]
    public required string Name { get; set; }

    [Column("kind"), MaxLength(64)]
    public required string Kind { get; set; }

    [Column("charter_version")]
    public int CharterVersion { get; set; }

    /// <summary>The charter in force, as canonical JSON.</summary>
    [Column("charter")]
    public required string Charter { get; set; }

    /// <summary>The public key of the node that keeps the body's log.</summary>
    [Column("node_key"), MaxLength(43)]
    public required string NodeKey { get; set; }

    /// <summary>The seq of the last entry projected.</summary>
    [Column("head_seq")]
    public long HeadSeq { get; set; }

    /// <summary>The hash of the last entry projected (32 bytes).</summary>
    [Column("head_hash")]
    public required byte[] HeadHash { get; set; }

    [Column("created_at")]
    public long CreatedAt { get; set; }

    [Column("member_count")]
    public int MemberCount { get; set; }
}
