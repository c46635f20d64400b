using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ThemeDetailsAndThemeInstruments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KeySentenceScores",
                table: "document_themes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KeySentences",
                table: "document_themes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Terms",
                table: "document_themes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ThemeInstruments",
                table: "analyses",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KeySentenceScores",
                table: "document_themes");

            migrationBuilder.DropColumn(
                name: "KeySentences",
                table: "document_themes");

            migrationBuilder.DropColumn(
                name: "Terms",
                table: "document_themes");

            migrationBuilder.DropColumn(
                name: "ThemeInstruments",
                table: "analyses");
        }
    }
}
