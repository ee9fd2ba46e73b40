using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Storage;

/// <summary>
/// The node's database: the logs as received (events, checkpoints), the keys it holds, and the
/// projections derived from the logs. Used directly as the unit of work; each provider has its own
/// subclass so that each keeps its own migrations.
/// </summary>
public abstract class CouncilsDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<EventRow> Events => Set<EventRow>();
    public DbSet<CheckpointRow> Checkpoints => Set<CheckpointRow>();
    public DbSet<HeldKeyRow> HeldKeys => Set<HeldKeyRow>();
    public DbSet<NodeRow> Node => Set<NodeRow>();

    public DbSet<BodyRow> Bodies => Set<BodyRow>();
    public DbSet<MemberRow> Members => Set<MemberRow>();
    public DbSet<CharterRow> Charters => Set<CharterRow>();
    public DbSet<MotionRow> Motions => Set<MotionRow>();
    public DbSet<BallotRow> Ballots => Set<BallotRow>();
    public DbSet<MinorityReportRow> MinorityReports => Set<MinorityReportRow>();
    public DbSet<ContributionRow> Contributions => Set<ContributionRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        // Tables, columns, keys and indexes are on the row classes; here only what attributes cannot say.
        // Check constraints use length(), which counts bytes of a blob/bytea and characters of text
        // on both SQLite and PostgreSQL.
        modelBuilder.Entity<EventRow>().ToTable(t =>
        {
            t.HasCheckConstraint("ck_events_seq", "seq >= 0");
            t.HasCheckConstraint("ck_events_hash", "length(hash) = 32");
        });
        modelBuilder.Entity<CheckpointRow>().ToTable(t =>
        {
            t.HasCheckConstraint("ck_checkpoints_size", "size >= 1");
            t.HasCheckConstraint("ck_checkpoints_root", "length(root) = 32");
        });
        modelBuilder.Entity<HeldKeyRow>().ToTable(t =>
        {
            t.HasCheckConstraint("ck_held_keys_public_key", "length(public_key) = 43");
            t.HasCheckConstraint("ck_held_keys_seed", "length(seed) = 32");
        });
        modelBuilder.Entity<NodeRow>().ToTable(t =>
        {
            t.HasCheckConstraint("ck_node_single", $"id = {NodeRow.SingleId}");
            t.HasCheckConstraint("ck_node_seed", "length(seed) = 32");
        });

        // Projections hang off their body (and ballots, reports and contributions off their motion), so deleting a
        // body's row clears all of its projections before a rebuild.
        modelBuilder.Entity<MemberRow>().HasOne<BodyRow>().WithMany().HasForeignKey(r => r.BodyId).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<CharterRow>().HasOne<BodyRow>().WithMany().HasForeignKey(r => r.BodyId).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<MotionRow>().HasOne<BodyRow>().WithMany().HasForeignKey(r => r.BodyId).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<BallotRow>().HasOne<MotionRow>().WithMany()
            .HasForeignKey(r => new { r.BodyId, r.MotionId }).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<MinorityReportRow>().HasOne<MotionRow>().WithMany()
            .HasForeignKey(r => new { r.BodyId, r.MotionId }).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<ContributionRow>().HasOne<MotionRow>().WithMany()
            .HasForeignKey(r => new { r.BodyId, r.MotionId }).OnDelete(DeleteBehavior.Cascade);

        NameConstraints(modelBuilder);
    }

    /// <summary>Keys, indexes and foreign keys get snake_case names too, the same on every provider.</summary>
    private static void NameConstraints(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            entity.FindPrimaryKey()?.SetName($"pk_{table}");
            foreach (var index in entity.GetIndexes())
            {
                var columns = string.Join('_', index.Properties.Select(p => p.GetColumnName()));
                index.SetDatabaseName($"{(index.IsUnique ? "ux" : "ix")}_{table}_{columns}");
            }
            foreach (var foreignKey in entity.GetForeignKeys())
                foreignKey.SetConstraintName($"fk_{table}_{foreignKey.PrincipalEntityType.GetTableName()}");
        }
    }
}
