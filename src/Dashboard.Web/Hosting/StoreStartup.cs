using Dashboard.Data.Store;
using Dashboard.Web.Services;
using Microsoft.EntityFrameworkCore;
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

        await ResumeStaleAnalysisAsync(services, logger, cancellationToken);
        LogStoreReady(logger, store.Provider, store.Provider == StoreOptions.Sqlite && store.ConnectionString is null ? Path.GetFullPath(store.SqliteFile) : "(connection string)");
    }

    // The taxonomy, rules, lexicon, gazetteer or analysis code in force differ from those of the stored results (the app
    // stopped during a re-analysis, the files changed while it was down, or an upgrade changed what the analysis finds): re-analyse in the background; the stored results serve meanwhile.
    private static async Task ResumeStaleAnalysisAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var active = services.GetRequiredService<ActiveAnalysis>();
        var versions = active.Resources.Versions;
        await using var db = services.GetRequiredService<Func<DashboardDbContext>>()();
        var generation = await Generations.ActiveAsync(db, cancellationToken);
        var stale = await db.Analyses.AnyAsync(
            a => a.Generation == generation
                 && (a.TaxonomyVersion != versions.Taxonomy
                     || a.InstrumentRulesVersion != versions.InstrumentRules
                     || a.LexiconVersion != versions.Lexicon
                     || a.GazetteerVersion != versions.Gazetteer
                     || a.AnalysisVersion != versions.Analysis),
            cancellationToken);
        if (stale)
        {
            LogStaleAnalysis(logger, versions.ToString());
            _ = services.GetRequiredService<ReanalysisRunner>().StartAsync(() => active.Resources);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored analyses predate the analysis in force ({Versions}); re-analysing in the background")]
    private static partial void LogStaleAnalysis(ILogger logger, string versions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} seed documents from {Directory}")]
    private static partial void LogSeedsLoaded(ILogger logger, int count, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store ready: {Provider} at {Where}")]
    private static partial void LogStoreReady(ILogger logger, string provider, string where);
}
