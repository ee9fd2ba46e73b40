using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Storage;

/// <summary>
/// One entry of a body's log, stored exactly as received. The key (body, seq) is what makes
/// concurrent appends safe: two writers that both append seq n collide on it, and the loser sees a
/// unique violation (<see cref="UniqueViolation.IsUniqueViolation"/>) and retries.
/// </summary>
[Table("events")]
[PrimaryKey(nameof(BodyId), nameof(Seq))]
public sealed class EventRow
{
    [Column("body_id"), MaxLength(63)]
    public required string BodyId { get; set; }

    [Column("seq")]
    public long Seq { get; set; }

    /// <summary>The entry's canonical JSON bytes; never re-serialised.</summary>
    [Column("bytes")]
    public required byte[] Bytes { get; set; }

    /// <summary>SHA-256 of <see cref="Bytes"/> (32 bytes); the next entry names it in <c>prev</c>.</summary>
    [Column("hash")]
    public required byte[] Hash { get; set; }

    [Column("kind"), MaxLength(64)]
    public required string Kind { get; set; }

    /// <summary>The event's <c>at</c>: milliseconds since the Unix epoch.</summary>
    [Column("at")]
    public long At { get; set; }
}
