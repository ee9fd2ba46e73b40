using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Councils.Node.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bodies",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    charter_version = table.Column<int>(type: "integer", nullable: false),
                    charter = table.Column<string>(type: "text", nullable: false),
                    node_key = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: false),
                    head_seq = table.Column<long>(type: "bigint", nullable: false),
                    head_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    member_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bodies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "checkpoints",
                columns: table => new
                {
                    body_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    root = table.Column<byte[]>(type: "bytea", nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checkpoints", x => new { x.body_id, x.size });
                    table.CheckConstraint("ck_checkpoints_root", "length(root) = 32");
                    table.CheckConstraint("ck_checkpoints_size", "size >= 1");
                });

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    body_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    seq = table.Column<long>(type: "bigint", nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => new { x.body_id, x.seq });
                    table.CheckConstraint("ck_events_hash", "length(hash) = 32");
                    table.CheckConstraint("ck_events_seq", "seq >= 0");
                });

            migrationBuilder.CreateTable(
                name: "held_keys",
                columns: table => new
                {
                    handle = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    public_key = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: false),
                    seed = table.Column<byte[]>(type: "bytea", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_held_keys", x => x.handle);
                    table.CheckConstraint("ck_held_keys_public_key", "length(public_key) = 43");
                    table.CheckConstraint("ck_held_keys_seed", "length(seed) = 32");
                });

            migrationBuilder.CreateTable(
                name: "node",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    seed = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_node", x => x.id);
                    table.CheckConstraint("ck_node_seed", "length(seed) = 32");
                    table.CheckConstraint("ck_node_single", "id = 1");
                });

            migrationBuilder.CreateTable(
                name: "charters",
                columns: table => new
                {
                    body_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    charter = table.Column<string>(type: "text", nullable: false),
                    decided_by_motion = table.Column<long>(type: "bigint", nullable: true),
                    at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_charters", x => new { x.body_id, x.version });
                    table.ForeignKey(
                        name: "fk_charters_bodies",
                        column: x => x.body_id,
                        principalTable: "bodies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    body_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    member_key = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    admitted_seq = table.Column<long>(type: "bigint", nullable: false),
                    admitted_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_members", x => new { x.body_id, x.member_key });
                    table.ForeignKey(
                        name: "fk_members_bodies",
                        column: x => x.body_id,
                        principalTable: "bodies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "motions",
                columns: table => new
                {
                    body_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    motion_id = table.Column<long>(type: "bigint", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    method = table.Column<string>(type: "text", nullable: false),
                    effect = table.Column<string>(type: "text", nullable: true),
                    proposer = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: false),
                    opened_at = table.Column<long>(type: "bigint", nullable: false),
                    closes_at = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    count = table.Column<string>(type: "text", nullable: true),
                    charter_version = table.Column<int>(type: "integer", nullable: false),
                    decided_at = table.Column<long>(type: "bigint", nullable: true),
                    decided_seq = table.Column<long>(type: "bigint", nullable: true),
                    ballots_cast = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_motions", x => new { x.body_id, x.motion_id });
                    table.ForeignKey(
                        name: "fk_motions_bodies",
                        column: x => x.body_id,
                        principalTable: "bodies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ballots",
                columns: table => new
                {
                    body_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    motion_id = table.Column<long>(type: "bigint", nullable: false),
                    member_key = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: false),
                    ballot = table.Column<string>(type: "text", nullable: false),
                    seq = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ballots", x => new { x.body_id, x.motion_id, x.member_key });
                    table.ForeignKey(
                        name: "fk_ballots_motions",
                        columns: x => new { x.body_id, x.motion_id },
                        principalTable: "motions",
                        principalColumns: new[] { "body_id", "motion_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "minority_reports",
                columns: table => new
                {
                    body_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    seq = table.Column<long>(type: "bigint", nullable: false),
                    motion_id = table.Column<long>(type: "bigint", nullable: false),
                    author = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_minority_reports", x => new { x.body_id, x.seq });
                    table.ForeignKey(
                        name: "fk_minority_reports_motions",
                        columns: x => new { x.body_id, x.motion_id },
                        principalTable: "motions",
                        principalColumns: new[] { "body_id", "motion_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_held_keys_public_key",
                table: "held_keys",
                column: "public_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_members_member_key",
                table: "members",
                column: "member_key");

            migrationBuilder.CreateIndex(
                name: "ix_minority_reports_body_id_motion_id",
                table: "minority_reports",
                columns: new[] { "body_id", "motion_id" });

            migrationBuilder.CreateIndex(
                name: "ix_motions_body_id_status",
                table: "motions",
                columns: new[] { "body_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_motions_status_closes_at",
                table: "motions",
                columns: new[] { "status", "closes_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ballots");

            migrationBuilder.DropTable(
                name: "charters");

            migrationBuilder.DropTable(
                name: "checkpoints");

            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "held_keys");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "minority_reports");

            migrationBuilder.DropTable(
                name: "node");

            migrationBuilder.DropTable(
                name: "motions");

            migrationBuilder.DropTable(
                name: "bodies");
        }
    }
}
