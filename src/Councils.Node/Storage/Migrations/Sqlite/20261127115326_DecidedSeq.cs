using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Councils.Node.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DecidedSeq : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "decided_seq",
                table: "motions",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "decided_seq",
                table: "motions");
        }
    }
}
