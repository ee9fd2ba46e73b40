using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Storage;

/// <summary>Projection: a contribution to the discussion of a motion; keyed by the seq of its event.</summary>
[Table("contributions")]
[PrimaryKey(nameof(BodyId), nameof(Seq))]
[Index(nameof(BodyId), nameof(MotionId))]
public sealed class ContributionRow
{
    [Column("body_id"), MaxLength(63)]
    public required string BodyId { get; set; }

    [Column("seq")]
    public long Seq { get; set; }

    [Column("motion_id")]
    public long MotionId { get; set; }

    /// <summary>The author's public key.</summary>
    [Column("author"), MaxLength(43)]
    public required string Author { get; set; }

    [Column("text")]
    public required string Text { get; set; }

    /// <summary>The seq of the contribution it answers, or null.</summary>
    [Column("answers")]
    public long? Answers { get; set; }

    [Column("at")]
    public long At { get; set; }
}
