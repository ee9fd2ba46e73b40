using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Councils.Node.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Discussion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contributions",
                columns: table => new
                {
                    body_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    seq = table.Column<long>(type: "bigint", nullable: false),
                    motion_id = table.Column<long>(type: "bigint", nullable: false),
                    author = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    answers = table.Column<long>(type: "bigint", nullable: true),
                    at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contributions", x => new { x.body_id, x.seq });
                    table.ForeignKey(
                        name: "fk_contributions_motions",
                        columns: x => new { x.body_id, x.motion_id },
                        principalTable: "motions",
                        principalColumns: new[] { "body_id", "motion_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contributions_body_id_motion_id",
                table: "contributions",
                columns: new[] { "body_id", "motion_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contributions");
        }
    }
}
