using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Councils.Accounts;

/// <summary>
/// The accounts, in the node's own database beside its records (Identity's tables at schema
/// version 3, which has the passkeys table, and the links to memberships). Each provider has its own
/// subclass so that each keeps its own migrations, as <see cref="Node.Storage.CouncilsDb"/> does.
/// </summary>
public abstract class AccountsDb(DbContextOptions options)
    : IdentityUserContext<Account, string, IdentityUserClaim<string>, IdentityUserLogin<string>, IdentityUserToken<string>, IdentityUserPasskey<string>>(options)
{
    /// <summary>The accounts' migrations are recorded apart from the node's, in the same database.</summary>
    public const string MigrationsTable = "__accounts_migrations";

    public DbSet<AccountMembership> Memberships => Set<AccountMembership>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<ResetCode> ResetCodes => Set<ResetCode>();

    /// <summary>
    /// Identity reads the schema version from the application's services, so the design-time
    /// factories give it these, set as the server sets them.
    /// </summary>
    internal static IServiceProvider DesignTimeServices() =>
        new ServiceCollection().Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3).BuildServiceProvider();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AccountMembership>(m =>
        {
            m.ToTable("account_memberships");
            m.HasKey(r => new { r.AccountId, r.BodyId }).HasName("pk_account_memberships");
            m.Property(r => r.AccountId).HasColumnName("account_id");
            m.Property(r => r.BodyId).HasColumnName("body_id").HasMaxLength(64);
            m.Property(r => r.Member).HasColumnName("member").HasMaxLength(64);
            m.HasIndex(r => new { r.BodyId, r.Member }).IsUnique().HasDatabaseName("ux_account_memberships_body_id_member");
            m.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Cascade)
                .HasConstraintName("fk_account_memberships_accounts");
        });
        builder.Entity<Invitation>(i =>
        {
            i.ToTable("invitations");
            i.HasKey(r => r.Id).HasName("pk_invitations");
            i.Property(r => r.Id).HasColumnName("id");
            i.Property(r => r.TokenHash).HasColumnName("token_hash").HasMaxLength(64);
            i.Property(r => r.BodyId).HasColumnName("body_id").HasMaxLength(64);
            i.Property(r => r.Inviter).HasColumnName("inviter").HasMaxLength(64);
            i.Property(r => r.CreatedAt).HasColumnName("created_at");
            i.Property(r => r.ExpiresAt).HasColumnName("expires_at");
            i.Property(r => r.UsedAt).HasColumnName("used_at");
            i.HasIndex(r => r.TokenHash).IsUnique().HasDatabaseName("ux_invitations_token_hash");
        });
        builder.Entity<ResetCode>(c =>
        {
            c.ToTable("reset_codes");
            c.HasKey(r => r.Id).HasName("pk_reset_codes");
            c.Property(r => r.Id).HasColumnName("id");
            c.Property(r => r.AccountId).HasColumnName("account_id");
            c.Property(r => r.CodeHash).HasColumnName("code_hash");
            c.Property(r => r.BodyId).HasColumnName("body_id").HasMaxLength(64);
            c.Property(r => r.IssuedBy).HasColumnName("issued_by").HasMaxLength(64);
            c.Property(r => r.CreatedAt).HasColumnName("created_at");
            c.Property(r => r.ExpiresAt).HasColumnName("expires_at");
            c.Property(r => r.UsedAt).HasColumnName("used_at");
            c.Property(r => r.FailedAttempts).HasColumnName("failed_attempts");
            c.HasIndex(r => r.AccountId).HasDatabaseName("ix_reset_codes_account_id");
            c.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Cascade)
                .HasConstraintName("fk_reset_codes_accounts");
        });
    }
}
