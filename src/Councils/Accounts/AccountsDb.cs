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
    }
}
