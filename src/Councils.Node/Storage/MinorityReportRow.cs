using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Storage;

/// <summary>Projection: a minority report attached to a motion; keyed by the seq of its event.</summary>
[Table("minority_reports")]
[PrimaryKey(nameof(BodyId), nameof(Seq))]
[Index(nameof(BodyId), nameof(MotionId))]
public sealed class MinorityReportRow
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

    [Column("at")]
    public long At { get; set; }
}
