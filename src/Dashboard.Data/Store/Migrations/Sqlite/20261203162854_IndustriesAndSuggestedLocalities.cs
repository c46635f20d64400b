using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndustriesAndSuggestedLocalities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "LocalitySuggested",
                table: "documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "IndustryCategory",
                table: "document_priorities",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IndustryId",
                table: "document_priorities",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_document_priorities_IndustryId",
                table: "document_priorities",
                column: "IndustryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_document_priorities_IndustryId",
                table: "document_priorities");

            migrationBuilder.DropColumn(
                name: "LocalitySuggested",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "IndustryCategory",
                table: "document_priorities");

            migrationBuilder.DropColumn(
                name: "IndustryId",
                table: "document_priorities");
        }
    }
}
