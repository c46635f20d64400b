using Dashboard.Data.Store;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

public static partial class StoreStartup
{
    /// <summary>Applies the schema's migrations and, on first start, loads the seeds (a second start adds nothing).</summary>
    public static async Task PrepareStoreAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var store = services.GetRequiredService<IOptions<StoreOptions>>().Value;
        var options = services.GetRequiredService<IOptions<DashboardOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreStartup));
        if (store.Provider == StoreOptions.Sqlite && store.ConnectionString is null)
        {
            Directory.CreateDirectory(store.DataDirectory);
        }

        await DashboardDbContextFactory.MigrateAsync(store, cancellationToken);
        if (options.LoadSeeds)
        {
            var added = await SeedLoader.LoadAsync(services.GetRequiredService<ActiveAnalysis>().Store, options.EffectiveSeedsDirectory, cancellationToken);
            if (added > 0)
            {
                LogSeedsLoaded(logger, added, options.EffectiveSeedsDirectory);
            }
        }

        LogStoreReady(logger, store.Provider, store.Provider == StoreOptions.Sqlite && store.ConnectionString is null ? Path.GetFullPath(store.SqliteFile) : "(connection string)");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} seed documents from {Directory}")]
    private static partial void LogSeedsLoaded(ILogger logger, int count, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store ready: {Provider} at {Where}")]
    private static partial void LogStoreReady(ILogger logger, string provider, string where);
}
