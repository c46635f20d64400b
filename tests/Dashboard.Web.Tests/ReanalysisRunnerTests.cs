using Dashboard.Analysis.Corpus;
using Dashboard.Data.Queries;
using Dashboard.Data.Store;
using Dashboard.Web.Components.Layout;
using Dashboard.Web.Hosting;
using Dashboard.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests;

public sealed class ReanalysisRunnerTests : DashboardTestContext
{
    private ReanalysisRunner Runner => Services.GetRequiredService<ReanalysisRunner>();

    private async Task<int> DongguanHitsAsync(string themeId) =>
        (await Services.GetRequiredService<DashboardQueries>().OverviewAsync(DashboardFilter.All))
            .Localities.Single(l => l.Code == "441900").Themes.Single(t => t.ThemeId == themeId).Hits;

    [Fact]
    public async Task A_start_after_the_analysis_code_changed_reanalyses_the_stored_documents()
    {
        var contexts = Services.GetRequiredService<Func<DashboardDbContext>>();
        await using (var db = contexts())
        {
            await db.Analyses.ExecuteUpdateAsync(s => s.SetProperty(a => a.AnalysisVersion, "1; data 000000000000"));
        }

        await Services.PrepareStoreAsync();
        await Runner.Completion.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ReanalysisState.Completed, Runner.Status.State);
        await using (var db = contexts())
        {
            var versions = await db.Analyses.Select(a => a.AnalysisVersion).Distinct().ToListAsync();
            Assert.Equal([Analysis.Resources.Versions.Analysis], versions);
        }
    }

    [Fact]
    public async Task Saving_an_edited_taxonomy_changes_the_overview_only_when_the_reanalysis_completes()
    {
        var before = await DongguanHitsAsync("quality-development");
        Assert.True(before > 0);
        var draft = TaxonomyDraft.From(Analysis.Resources.Taxonomy);
        draft.Themes.Single(t => t.Id == "quality-development").Terms.Remove("新质生产力");

        var seenWhileRunning = new List<int>();
        using var watch = Runner.Subscribe(async () =>
        {
            if (Runner.Status is { IsRunning: true, Done: > 0 })
            {
                // Mid-way, both the cached overview and the active generation in the database still give the old counts.
                seenWhileRunning.Add(await DongguanHitsAsync("quality-development"));
                var stored = await CorpusSnapshot.LoadAsync(Services.GetRequiredService<Func<DashboardDbContext>>(), Analysis.Resources.Gazetteer);
                seenWhileRunning.Add(stored.Documents.Where(d => d.Place?.Code == "441900").Sum(d => d.ThemeHits.GetValueOrDefault("quality-development")));
            }
        });
        var run = Runner.SaveTaxonomyAsync(draft);
        Assert.Equal(ReanalysisState.Running, Runner.Status.State);
        await run.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEmpty(seenWhileRunning);
        Assert.All(seenWhileRunning, hits => Assert.Equal(before, hits));
        Assert.Equal(ReanalysisState.Completed, Runner.Status.State);
        Assert.Equal(Runner.Status.Total, Runner.Status.Done);
        Assert.True(await DongguanHitsAsync("quality-development") < before);
        Assert.Null(Analysis.Resources.Taxonomy.ThemeOfTerm("新质生产力"));
        Assert.True(File.Exists(Path.Combine(StoreOptions.DataDirectory, TaxonomyStore.FileName)));
    }

    [Fact]
    public async Task A_failed_reanalysis_keeps_the_old_analysis_and_reports_the_error()
    {
        var resources = Analysis.Resources;
        var undone = false;

        await Runner.StartAsync(() => throw new IOException("The lexicon could not be read."), () => undone = true);

        Assert.Equal(ReanalysisState.Failed, Runner.Status.State);
        Assert.Equal("The lexicon could not be read.", Runner.Status.Error);
        Assert.True(undone);
        Assert.Same(resources, Analysis.Resources);
    }

    [Fact]
    public async Task One_reanalysis_runs_at_a_time()
    {
        var release = new TaskCompletionSource();
        var first = Runner.StartAsync(() =>
        {
            release.Task.Wait(TimeSpan.FromSeconds(30));
            throw new OperationCanceledException("stopped by the test");
        });

        Assert.Throws<InvalidOperationException>(() => { _ = Runner.StartAsync(() => Analysis.Resources); });
        release.SetResult();
        await first.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task The_banner_shows_progress_to_every_user_and_then_the_outcome()
    {
        var release = new TaskCompletionSource();
        var banner = Render<ReanalysisBanner>();
        Assert.Empty(banner.FindAll("[data-testid=reanalysis-banner]"));

        var run = Runner.StartAsync(() =>
        {
            release.Task.Wait(TimeSpan.FromSeconds(30));
            throw new IOException("Stopped.");
        });
        banner.WaitForAssertion(() => Assert.Equal("running", banner.Find("[data-testid=reanalysis-banner]").GetAttribute("data-state")));
        Assert.NotNull(banner.Find("[data-testid=reanalysis-progress]"));

        release.SetResult();
        await run.WaitAsync(TimeSpan.FromSeconds(30));
        banner.WaitForAssertion(() => Assert.Contains("previous taxonomy stays in force", banner.Find("[data-testid=reanalysis-failed]").TextContent, StringComparison.Ordinal));

        // A page opened later does not announce a finished run again.
        var later = Render<ReanalysisBanner>();
        Assert.Empty(later.FindAll("[data-testid=reanalysis-banner]"));
    }
}
