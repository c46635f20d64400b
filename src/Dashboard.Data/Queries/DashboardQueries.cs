using Dashboard.Data.Store;

namespace Dashboard.Data.Queries;

/// <summary>The overview page's ready models and the filter bar's options, from the cached snapshot.</summary>
public sealed class DashboardQueries(CorpusSnapshotCache snapshots, ActiveAnalysis analysis)
{
    public async Task<OverviewModel> OverviewAsync(DashboardFilter filter, CancellationToken cancellationToken = default) =>
        OverviewQuery.Build(await snapshots.GetAsync(cancellationToken), analysis.Resources.Taxonomy, analysis.Resources.Rules, analysis.Resources.Gazetteer, filter);

    public async Task<FilterChoices> FilterChoicesAsync(CancellationToken cancellationToken = default) =>
        FilterChoices.Build(await snapshots.GetAsync(cancellationToken), analysis.Resources.Taxonomy, analysis.Resources.Gazetteer);
}
