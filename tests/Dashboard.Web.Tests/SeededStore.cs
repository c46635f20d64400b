using Dashboard.Analysis.Corpus;
using Dashboard.Data.Store;

namespace Dashboard.Web.Tests;

/// <summary>
/// A SQLite store with the two seeds, analysed once per test run; each test gets its own copy of the file, so tests
/// can write without touching each other and start in milliseconds.
/// </summary>
public static class SeededStore
{
    private static readonly Lazy<AnalysisResources> SharedResources = new(() => AnalysisResources.Load());
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _template;

    public static AnalysisResources Resources => SharedResources.Value;

    public static string SeedsDirectory => Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>A new data directory holding a copy of the seeded database.</summary>
    public static async Task<StoreOptions> CopyAsync()
    {
        var template = await TemplateAsync();
        var directory = Directory.CreateTempSubdirectory("dashboard-web-test").FullName;
        File.Copy(template, Path.Combine(directory, "dashboard.db"));
        return new StoreOptions { Provider = StoreOptions.Sqlite, DataDirectory = directory };
    }

    private static async Task<string> TemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_template is null)
            {
                var directory = Directory.CreateTempSubdirectory("dashboard-web-template").FullName;
                var options = new StoreOptions { Provider = StoreOptions.Sqlite, DataDirectory = directory };
                await DashboardDbContextFactory.MigrateAsync(options);
                var store = new DocumentStore(() => DashboardDbContextFactory.Create(options), new DocumentAnalyzer(Resources));
                await SeedLoader.LoadAsync(store, SeedsDirectory);

                // One file to copy: fold the write-ahead log into the database first.
                await using (var db = DashboardDbContextFactory.Create(options))
                {
                    await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, "PRAGMA wal_checkpoint(TRUNCATE)");
                }

                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                _template = options.SqliteFile;
            }

            return _template;
        }
        finally
        {
            TemplateLock.Release();
        }
    }
}
