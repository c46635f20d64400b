using Dashboard.Analysis.Corpus;
using Dashboard.Data.Queries;
using Dashboard.Data.Store;
using Dashboard.Data.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Queries;

/// <summary>
/// Opening a theme reads no stored analysis: terms and key sentences come from what was kept per document and theme
/// when it was analysed. Analyses stored before that was kept give the same page, read the old way.
/// </summary>
public abstract class ThemeDetailStorageTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private const string Theme = "quality-development";
    private static readonly Lazy<AnalysisResources> Resources = new(() => AnalysisResources.Load());

    private ThemeQueries Queries() =>
        new(fixture.Context, new CorpusSnapshotCache(fixture.Context, Resources.Value.Gazetteer), new ActiveAnalysis(fixture.Context, Resources.Value));

    [Fact]
    public async Task A_theme_opens_from_the_kept_details_without_reading_any_stored_analysis_and_old_analyses_give_the_same_page()
    {
        await SeedLoader.LoadAsync(fixture.Store, Path.Combine(StoreFixture.RepositoryRoot, "seeds"));
        var kept = await Queries().DetailAsync(Theme, DashboardFilter.All);
        Assert.NotNull(kept);
        Assert.True(kept.Terms.Sum(t => t.Hits) > 0);
        Assert.Equal(kept.Hits, kept.Terms.Sum(t => t.Hits));

        // Without the stored analyses the page is the same: it never read them.
        string[] originals;
        await using (var db = fixture.Context())
        {
            originals = await db.Analyses.OrderBy(a => a.Id).Select(a => a.ResultJson).ToArrayAsync();
            await db.Analyses.ExecuteUpdateAsync(s => s.SetProperty(a => a.ResultJson, "{}"));
        }

        var withoutAnalyses = await Queries().DetailAsync(Theme, DashboardFilter.All);
        Assert.Equivalent(kept, withoutAnalyses, strict: true);

        // Analyses stored before the details were kept: read whole, with the same result.
        await using (var db = fixture.Context())
        {
            var ids = await db.Analyses.OrderBy(a => a.Id).Select(a => a.Id).ToArrayAsync();
            for (var i = 0; i < ids.Length; i++)
            {
                var id = ids[i];
                var json = originals[i];
                await db.Analyses.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ResultJson, json));
            }

            await db.ThemeCounts.ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Terms, (string?)null)
                .SetProperty(t => t.KeySentenceScores, (string?)null)
                .SetProperty(t => t.KeySentences, (string?)null));
        }

        var legacy = await Queries().DetailAsync(Theme, DashboardFilter.All);
        Assert.Equivalent(kept, legacy, strict: true);
    }
}

public sealed class SqliteThemeDetailStorageTests(SqliteStoreFixture fixture) : ThemeDetailStorageTests<SqliteStoreFixture>(fixture);

public sealed class PostgresThemeDetailStorageTests(PostgresStoreFixture fixture) : ThemeDetailStorageTests<PostgresStoreFixture>(fixture);
