using System.Diagnostics;
using Dashboard.Analysis.Corpus;
using Dashboard.Data.Queries;
using Dashboard.Data.Store;

namespace Dashboard.Benchmarks.Web;

/// <summary>
/// Filter change to ready chart models, in process, over the query services the pages call (the snapshot cached as
/// in the app): for each page, what it asks for when the filter in the URL changes, timed over a fixed sequence of
/// filters after a warm-up.
/// </summary>
internal static class DashboardQueryBenchmark
{
    private const int WarmUp = 30;

    /// <summary>A page's costlier queries (reading the store) stop after this long, with the changes timed so far.</summary>
    private static readonly TimeSpan PageBudget = TimeSpan.FromSeconds(90);

    public static async Task<IReadOnlyList<DashboardTiming>> RunAsync(StoreOptions store, AnalysisResources resources, int changes)
    {
        Func<DashboardDbContext> contexts = () => DashboardDbContextFactory.Create(store);
        var analysis = new ActiveAnalysis(contexts, resources);
        var snapshots = new CorpusSnapshotCache(contexts, resources.Gazetteer);
        var dashboard = new DashboardQueries(snapshots, analysis);
        var themes = new ThemeQueries(contexts, snapshots, analysis);
        var documents = new DocumentQueries(contexts, snapshots, analysis);
        var comparison = new ComparisonQueries(contexts, snapshots, analysis);

        var results = new List<DashboardTiming>();
        var watch = Stopwatch.StartNew();
        var snapshot = await snapshots.GetAsync();
        var choices = await dashboard.FilterChoicesAsync();
        results.Add(DashboardTiming.Once("snapshot load (first visit after start, 3 queries)", watch.Elapsed.TotalMilliseconds, $"{snapshot.Documents.Count} documents"));
        watch.Restart();
        await comparison.WarmAsync();
        results.Add(DashboardTiming.Once("comparison data read ahead (the app does it in the background at start and after each change)", watch.Elapsed.TotalMilliseconds, $"{snapshot.Documents.Count} documents"));
        var filters = DashboardBenchmarkFilters.Sequence(choices, WarmUp + changes);
        Console.WriteLine($"queries: {snapshot.Documents.Count} documents, {choices.Localities.Count} localities, {choices.Provinces.Count} provinces; {changes} filter changes after {WarmUp} warm-up");

        results.Add(await TimeAsync("overview: OverviewAsync + FilterChoicesAsync", filters, async filter =>
        {
            var overview = await dashboard.OverviewAsync(filter);
            _ = await dashboard.FilterChoicesAsync();
            return overview.Localities.Count;
        }));
        results.Add(await TimeAsync("themes list: ListAsync + FilterChoicesAsync", filters, async filter =>
        {
            _ = await dashboard.FilterChoicesAsync();
            return (await themes.ListAsync(filter)).Count;
        }));
        results.Add(await TimeAsync("documents list: ListAsync (no search) + FilterChoicesAsync", filters, async filter =>
        {
            _ = await dashboard.FilterChoicesAsync();
            return (await documents.ListAsync(filter, DocumentListRequest.Default)).Rows.Count;
        }));
        var random = new Random(7);
        var picks = filters.Select(f => DashboardBenchmarkFilters.ComparisonGroups(random, snapshot, f)).ToList();
        var index = 0;
        results.Add(await TimeAsync("compare: CompareAsync (2-3 groups, word counts read ahead) + FilterChoicesAsync", filters, async filter =>
        {
            _ = await dashboard.FilterChoicesAsync();
            return (await comparison.CompareAsync(filter, picks[index++ % picks.Count])).Groups.Count;
        }));
        var themeIds = resources.Taxonomy.Themes.Select(t => t.Id).ToList();
        index = 0;
        results.Add(await TimeAsync("theme detail: DetailAsync (kept details; reads the texts of the sentences shown) + FilterChoicesAsync", filters, async filter =>
        {
            _ = await dashboard.FilterChoicesAsync();
            return (await themes.DetailAsync(themeIds[index++ % themeIds.Count], filter))?.Ranking.Count ?? 0;
        }));
        return results;
    }

    private static async Task<DashboardTiming> TimeAsync(string name, IReadOnlyList<DashboardFilter> filters, Func<DashboardFilter, Task<int>> change)
    {
        var sink = 0;
        foreach (var filter in filters.Take(WarmUp))
        {
            sink += await change(filter);
        }

        var times = new List<double>();
        var budget = Stopwatch.StartNew();
        foreach (var filter in filters.Skip(WarmUp))
        {
            var watch = Stopwatch.StartNew();
            sink += await change(filter);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (budget.Elapsed > PageBudget)
            {
                break;
            }
        }

        var timing = DashboardTiming.Of(name, times, sink > 0 ? "" : "(empty models)");
        Console.WriteLine(timing.Line());
        return timing;
    }
}
