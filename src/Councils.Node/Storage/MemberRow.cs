using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Storage;

/// <summary>Projection: a member of a body.</summary>
[Table("members")]
[PrimaryKey(nameof(BodyId), nameof(MemberKey))]
[Index(nameof(MemberKey))]
public sealed class MemberRow
{
    [Column("body_id"), MaxLength(63)]
    public required string BodyId { get; set; }

    /// <summary>The member's public key as unpadded base64url (43 characters).</summary>
    [Column("member_key"), MaxLength(43)]
    public required string MemberKey { get; set; }

    [Column("name"), MaxLength(200)]
    public required string Name { get; set; }

    /// <summary>The seq of the event that admitted the member (0 for founders).</summary>
    [Column("admitted_seq")]
    public long AdmittedSeq { get; set; }

    [Column("admitted_at")]
    public long AdmittedAt { get; set; }
}
