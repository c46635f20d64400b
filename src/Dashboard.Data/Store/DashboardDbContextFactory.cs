using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Store;

/// <summary>Creates the context for the configured provider; the one place that knows there are two.</summary>
public static class DashboardDbContextFactory
{
    public static DashboardDbContext Create(StoreOptions options)
    {
        var connection = options.EffectiveConnectionString;
        if (options.Provider == StoreOptions.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.SqliteFile))!);
            var builder = new DbContextOptionsBuilder<SqliteDashboardContext>().UseSqlite(connection).AddInterceptors(SqlitePragmas.Instance);
            return new SqliteDashboardContext(builder.Options);
        }

        var pg = new DbContextOptionsBuilder<PostgresDashboardContext>().UseNpgsql(connection);
        return new PostgresDashboardContext(pg.Options);
    }

    /// <summary>Applies the migrations the database has not had yet (run at start).</summary>
    public static async Task MigrateAsync(StoreOptions options, CancellationToken cancellationToken = default)
    {
        await using var context = Create(options);
        await context.Database.MigrateAsync(cancellationToken);
        if (options.Provider == StoreOptions.Sqlite)
        {
            // Write-ahead logging: pages keep reading while an import writes, and each commit is cheaper. Durable
            // against a killed process; the file remembers the mode.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
