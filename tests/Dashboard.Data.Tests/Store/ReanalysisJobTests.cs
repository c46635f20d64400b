using System.Text;
using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Instruments;
using Dashboard.Analysis.Themes;
using Dashboard.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Store;

/// <summary>A changed taxonomy is applied to the whole corpus in the background; until then the old results stay.</summary>
public abstract class ReanalysisJobTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    [Fact]
    public async Task A_changed_taxonomy_reanalyses_every_document_while_the_old_results_keep_serving()
    {
        var store = fixture.Store;
        await SeedLoader.LoadAsync(store, Path.Combine(StoreFixture.RepositoryRoot, "seeds"));
        await store.AddAsync(new NewDocument("4月1日，海伦市委召开会议，推进大豆产业和冰雪旅游发展。") { PublicId = "test-hailun" });
        var before = await store.FindAsync("seed-002_f6af64227d9b497f");
        var oldVersion = before!.Analysis!.TaxonomyVersion;

        // The same taxonomy with one more theme: ice and snow as a theme of its own.
        var json = await File.ReadAllTextAsync(ThemeTaxonomy.DefaultPath);
        var changed = json.Replace("\"冰雪经济\", \"冰雪\", ", "", StringComparison.Ordinal)
            .Replace("\"themes\": [", "\"themes\": [ { \"id\": \"ice-snow\", \"zh\": \"冰雪经济\", \"en\": \"Ice-and-snow economy\", \"definition\": { \"en\": \"Winter tourism and sport.\", \"zh\": \"冰雪旅游与运动。\" }, \"terms\": [\"冰雪经济\", \"冰雪\"] },", StringComparison.Ordinal);
        var taxonomy = ThemeTaxonomy.Parse(Encoding.UTF8.GetBytes(changed), "changed");
        var analyzer = new DocumentAnalyzer(AnalysisResources.Load(taxonomy, InstrumentRules.LoadDefault()));

        var seenDuringTheJob = new List<string>();
        var progress = new SynchronousProgress<ReanalysisProgress>(p =>
        {
            // Mid-way, readers still get the previous analysis.
            seenDuringTheJob.Add(store.FindAsync("seed-002_f6af64227d9b497f").GetAwaiter().GetResult()!.Analysis!.TaxonomyVersion);
        });
        var generation = await new ReanalysisJob(fixture.Context, analyzer).RunAsync(progress);

        Assert.NotEmpty(seenDuringTheJob);
        Assert.All(seenDuringTheJob, v => Assert.Equal(oldVersion, v));
        var after = await store.FindAsync("seed-002_f6af64227d9b497f");
        Assert.Equal(taxonomy.Version, after!.Analysis!.TaxonomyVersion);
        Assert.Equal(generation, after.Analysis.Generation);

        await using var db = fixture.Context();
        Assert.True(await db.ThemeCounts.AnyAsync(t => t.AnalysisId == after.Analysis.Id && t.ThemeId == "ice-snow"));
        Assert.Equal(await db.Documents.CountAsync(), await db.Analyses.CountAsync());
        Assert.Equal(0, await db.Analyses.CountAsync(a => a.Generation != generation));
        Assert.Equal(generation, await db.Generations.Where(g => g.IsActive).Select(g => g.Generation).SingleAsync());

        // A document added after the switch is stored in the new generation.
        var added = await store.AddAsync(new NewDocument("4月2日，望奎县委召开会议，部署冰雪经济。") { PublicId = "test-after" });
        Assert.Equal(generation, added.Document!.Analysis!.Generation);
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}

public sealed class SqliteReanalysisJobTests(SqliteStoreFixture fixture) : ReanalysisJobTests<SqliteStoreFixture>(fixture);

public sealed class PostgresReanalysisJobTests(PostgresStoreFixture fixture) : ReanalysisJobTests<PostgresStoreFixture>(fixture);
