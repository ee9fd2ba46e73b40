using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Storage;

/// <summary>
/// Projection: a member's ballot on a motion. The key makes a second ballot of one member on one
/// motion impossible, even if a bug let one through the domain. The key's prefix (body, motion)
/// also serves "the ballots on a motion", so that query needs no index of its own.
/// </summary>
[Table("ballots")]
[PrimaryKey(nameof(BodyId), nameof(MotionId), nameof(MemberKey))]
public sealed class BallotRow
{
    [Column("body_id"), MaxLength(63)]
    public required string BodyId { get; set; }

    [Column("motion_id")]
    public long MotionId { get; set; }

    [Column("member_key"), MaxLength(43)]
    public required string MemberKey { get; set; }

    /// <summary>The ballot as canonical JSON; its shape is set by the motion's method.</summary>
    [Column("ballot")]
    public required string Ballot { get; set; }

    /// <summary>The seq of the <c>ballot.cast</c> event.</summary>
    [Column("seq")]
    public long Seq { get; set; }

    [Column("at")]
    public long At { get; set; }
}
