using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Storage;

/// <summary>Projection: one version of a body's charter.</summary>
[Table("charters")]
[PrimaryKey(nameof(BodyId), nameof(Version))]
public sealed class CharterRow
{
    [Column("body_id"), MaxLength(63)]
    public required string BodyId { get; set; }

    [Column("version")]
    public int Version { get; set; }

    /// <summary>The charter as canonical JSON.</summary>
    [Column("charter")]
    public required string Charter { get; set; }

    /// <summary>The motion whose carrying made this version; null for the founding charter.</summary>
    [Column("decided_by_motion")]
    public long? DecidedByMotion { get; set; }

    [Column("at")]
    public long At { get; set; }
}
