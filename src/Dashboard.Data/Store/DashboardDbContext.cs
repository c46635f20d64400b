using Dashboard.Data.Store.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Store;

/// <summary>
/// The store: documents, their analyses, and the editors who may change them (ASP.NET Core Identity, in the same
/// database). One model for both providers; each provider has its own migrations (see the two subclasses).
/// </summary>
public abstract class DashboardDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options)
{
    public DbSet<StoredDocument> Documents => Set<StoredDocument>();

    public DbSet<StoredAnalysis> Analyses => Set<StoredAnalysis>();

    public DbSet<AnalysisGeneration> Generations => Set<AnalysisGeneration>();

    public DbSet<DocumentThemeCount> ThemeCounts => Set<DocumentThemeCount>();

    public DbSet<DocumentInstrumentCount> InstrumentCounts => Set<DocumentInstrumentCount>();

    public DbSet<DocumentPriority> Priorities => Set<DocumentPriority>();

    public DbSet<SavedView> SavedViews => Set<SavedView>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<StoredDocument>(d =>
        {
            d.ToTable("documents");
            d.HasIndex(x => x.PublicId).IsUnique();
            // One stored (not removed) document per text, even when two uploads race.
            d.HasIndex(x => x.ContentHash).IsUnique().HasFilter("\"DeletedAt\" IS NULL");
            d.HasIndex(x => x.LocalityCode);
            d.HasIndex(x => x.ProvinceCode);
            d.HasIndex(x => x.DeletedAt);
            d.Property(x => x.PublicId).HasMaxLength(100);
            d.Property(x => x.Title).HasMaxLength(500);
            d.Property(x => x.ContentHash).HasMaxLength(64);
            d.Property(x => x.LocalityCode).HasMaxLength(6);
            d.Property(x => x.ProvinceCode).HasMaxLength(6);
            d.Property(x => x.Kind).HasMaxLength(40);
            d.Property(x => x.Issuer).HasMaxLength(200);
            d.Property(x => x.SourceUrl).HasMaxLength(2000);
            d.Property(x => x.OriginalFileName).HasMaxLength(500);
            d.Property(x => x.SourceEncoding).HasMaxLength(40);
            d.Ignore(x => x.Analysis);
            d.HasMany(x => x.Analyses).WithOne(a => a.Document!).HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<StoredAnalysis>(a =>
        {
            a.ToTable("analyses");
            a.HasIndex(x => new { x.DocumentId, x.Generation }).IsUnique();
            a.HasIndex(x => x.Generation);
            foreach (var version in new[] { nameof(StoredAnalysis.LexiconVersion), nameof(StoredAnalysis.TaxonomyVersion), nameof(StoredAnalysis.InstrumentRulesVersion), nameof(StoredAnalysis.GazetteerVersion), nameof(StoredAnalysis.AnalysisVersion) })
            {
                a.Property(version).HasMaxLength(100);
            }

            a.HasMany(x => x.Themes).WithOne().HasForeignKey(x => x.AnalysisId).OnDelete(DeleteBehavior.Cascade);
            a.HasMany(x => x.Instruments).WithOne().HasForeignKey(x => x.AnalysisId).OnDelete(DeleteBehavior.Cascade);
            a.HasMany(x => x.Priorities).WithOne().HasForeignKey(x => x.AnalysisId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<AnalysisGeneration>(g =>
        {
            g.ToTable("analysis_generations");
            g.HasKey(x => x.Generation);
            g.Property(x => x.Generation).ValueGeneratedNever();
            g.HasData(new AnalysisGeneration { Generation = 1, IsActive = true, StartedAt = DateTimeOffset.UnixEpoch, CompletedAt = DateTimeOffset.UnixEpoch });
        });

        builder.Entity<DocumentThemeCount>(t =>
        {
            t.ToTable("document_themes");
            t.HasKey(x => new { x.AnalysisId, x.ThemeId });
            t.Property(x => x.ThemeId).HasMaxLength(100);
        });

        builder.Entity<DocumentInstrumentCount>(i =>
        {
            i.ToTable("document_instruments");
            i.HasKey(x => new { x.AnalysisId, x.TypeId });
            i.Property(x => x.TypeId).HasMaxLength(100);
            i.Property(x => x.CategoryId).HasMaxLength(100);
        });

        builder.Entity<DocumentPriority>(p =>
        {
            p.ToTable("document_priorities");
            p.HasIndex(x => x.AnalysisId);
            p.HasIndex(x => x.IndustryId);
            p.Property(x => x.IndustryId).HasMaxLength(100);
            p.Property(x => x.IndustryCategory).HasMaxLength(40);
            p.Property(x => x.Kind).HasMaxLength(20);
            p.Property(x => x.Item).HasMaxLength(200);
            p.Property(x => x.GroupName).HasMaxLength(200);
            p.Property(x => x.Number).HasMaxLength(50);
            p.Property(x => x.Unit).HasMaxLength(20);
            p.Property(x => x.Quantity).HasPrecision(20, 4);
        });

        builder.Entity<SavedView>(v =>
        {
            v.ToTable("saved_views");
            v.HasIndex(x => x.PublicId).IsUnique();
            v.Property(x => x.PublicId).HasMaxLength(32);
            v.Property(x => x.Name).HasMaxLength(200);
            v.Property(x => x.Query).HasMaxLength(4000);
            v.Property(x => x.Sections).HasMaxLength(400);
            v.Property(x => x.Language).HasMaxLength(10);
            v.Property(x => x.CreatedBy).HasMaxLength(256);
        });
    }
}

/// <summary>The context on SQLite, the embedded default; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteDashboardContext(DbContextOptions<SqliteDashboardContext> options) : DashboardDbContext(options)
{
    // SQLite has no date-time type: stored as sortable integers, so queries can order and compare them.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
}

/// <summary>The context on PostgreSQL, for teams; its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresDashboardContext(DbContextOptions<PostgresDashboardContext> options) : DashboardDbContext(options);
