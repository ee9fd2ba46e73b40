using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;

namespace Councils.Node.Storage;

/// <summary>The node itself: a single row (<see cref="Id"/> is always <see cref="SingleId"/>).</summary>
[Table("node")]
public sealed class NodeRow
{
    /// <summary>The only id the table accepts.</summary>
    public const int SingleId = 1;

    [Key, Column("id"), DatabaseGenerated(DatabaseGeneratedOption.None)]
    public int Id { get; set; } = SingleId;

    /// <summary>The 32-byte Ed25519 seed of the node's own signing key.</summary>
    [Column("seed")]
    public required byte[] Seed { get; set; }

    [Column("created_at")]
    public long CreatedAt { get; set; }
}
