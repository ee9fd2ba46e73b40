using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Storage;

/// <summary>Projection: a motion, open or decided. Its id is the seq of its <c>motion.opened</c>.</summary>
[Table("motions")]
[PrimaryKey(nameof(BodyId), nameof(MotionId))]
[Index(nameof(BodyId), nameof(Status))]
[Index(nameof(Status), nameof(ClosesAt))]
public sealed class MotionRow
{
    [Column("body_id"), MaxLength(63)]
    public required string BodyId { get; set; }

    [Column("motion_id")]
    public long MotionId { get; set; }

    [Column("title")]
    public required string Title { get; set; }

    [Column("text")]
    public required string Text { get; set; }

    /// <summary>The voting method as canonical JSON (the charter's default resolved).</summary>
    [Column("method")]
    public required string Method { get; set; }

    /// <summary>The effect as canonical JSON; null when the motion changes nothing.</summary>
    [Column("effect")]
    public string? Effect { get; set; }

    /// <summary>The proposer's public key.</summary>
    [Column("proposer"), MaxLength(43)]
    public required string Proposer { get; set; }

    [Column("opened_at")]
    public long OpenedAt { get; set; }

    [Column("closes_at")]
    public long ClosesAt { get; set; }

    [Column("status"), MaxLength(32)]
    public required string Status { get; set; }

    /// <summary><c>carried</c>, <c>rejected</c> or <c>lapsed</c> once decided.</summary>
    [Column("outcome"), MaxLength(32)]
    public string? Outcome { get; set; }

    /// <summary>The count as canonical JSON once decided.</summary>
    [Column("count")]
    public string? Count { get; set; }

    [Column("charter_version")]
    public int CharterVersion { get; set; }

    [Column("decided_at")]
    public long? DecidedAt { get; set; }

    /// <summary>The sequence number of the <c>motion.decided</c> event, once decided.</summary>
    [Column("decided_seq")]
    public long? DecidedSeq { get; set; }

    [Column("ballots_cast")]
    public int BallotsCast { get; set; }
}
