using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Storage;

/// <summary>A signing key the node holds for a member who uses the web rather than their own key.</summary>
[Table("held_keys")]
[Index(nameof(PublicKey), IsUnique = true)]
public sealed class HeldKeyRow
{
    [Key, Column("handle"), MaxLength(63)]
    public required string Handle { get; set; }

    /// <summary>The Ed25519 public key as unpadded base64url (43 characters).</summary>
    [Column("public_key"), MaxLength(43)]
    public required string PublicKey { get; set; }

    /// <summary>The 32-byte Ed25519 seed (private key).</summary>
    [Column("seed")]
    public required byte[] Seed { get; set; }

    [Column("name"), MaxLength(200)]
    public required string Name { get; set; }

    [Column("created_at")]
    public long CreatedAt { get; set; }
}
