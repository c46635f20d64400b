using Dashboard.Analysis.Corpus;
using Dashboard.Data.Queries;
using Dashboard.Data.Store;
using Dashboard.Data.Tests.Store;

namespace Dashboard.Data.Tests.Queries;

/// <summary>One theme across the seeds' localities: ranking, the terms that carry it, key sentences.</summary>
public abstract class ThemeQueriesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private static readonly Lazy<AnalysisResources> Resources = new(() => AnalysisResources.Load());

    private async Task<ThemeQueries> QueriesAsync()
    {
        await SeedLoader.LoadAsync(fixture.Store, Path.Combine(StoreFixture.RepositoryRoot, "seeds"));
        var analysis = new ActiveAnalysis(fixture.Context, Resources.Value);
        return new ThemeQueries(fixture.Context, new CorpusSnapshotCache(fixture.Context, Resources.Value.Gazetteer), analysis);
    }

    [Fact]
    public async Task A_theme_ranks_both_seed_localities_by_hits_per_thousand_words()
    {
        var model = await (await QueriesAsync()).DetailAsync("quality-development", DashboardFilter.All);

        Assert.NotNull(model);
        var dongguan = Assert.Single(model.Ranking, r => r.Code == "441900");
        var suihua = Assert.Single(model.Ranking, r => r.Code == "231200");
        Assert.True(dongguan.Hits > 0);
        Assert.True(suihua.Hits > 0);
        Assert.Equal(dongguan.Hits * 1000.0 / dongguan.WordTokens, dongguan.PerThousandTokens, 6);
        Assert.Equal(model.Ranking.OrderByDescending(r => r.PerThousandTokens).Select(r => r.Code), model.Ranking.Select(r => r.Code));
        Assert.Equal(1, dongguan.Documents);
    }

    [Fact]
    public async Task The_terms_that_carry_a_theme_add_up_to_its_hits()
    {
        var model = await (await QueriesAsync()).DetailAsync("quality-development", DashboardFilter.All);

        Assert.NotNull(model);
        Assert.Equal(model.Hits, model.Terms.Sum(t => t.Hits));
        Assert.True(model.Terms.Single(t => t.Term == "新质生产力").Hits > 0);
        Assert.Equal(Resources.Value.Taxonomy.Find("quality-development")!.Terms.Count, model.Terms.Count);
        Assert.Equal(model.Terms.OrderByDescending(t => t.Hits).Select(t => t.Hits), model.Terms.Select(t => t.Hits));
    }

    [Fact]
    public async Task Key_sentences_per_locality_contain_the_marked_term()
    {
        var model = await (await QueriesAsync()).DetailAsync("quality-development", DashboardFilter.All);

        Assert.NotNull(model);
        Assert.Contains(model.KeySentences, l => l.Code == "441900");
        Assert.Contains(model.KeySentences, l => l.Code == "231200");
        var terms = Resources.Value.Taxonomy.Find("quality-development")!.Terms;
        foreach (var locality in model.KeySentences)
        {
            Assert.InRange(locality.Sentences.Count, 1, ThemeQueries.SentencesPerLocality);
            Assert.All(locality.Sentences, s =>
            {
                Assert.Equal(s.Label, s.Match);
                Assert.Contains(s.Match, s.Sentence, StringComparison.Ordinal);
                Assert.Contains(s.Label, terms);
                Assert.Equal(locality.Code, s.LocalityCode);
            });
            Assert.Equal(locality.Sentences.Count, locality.Sentences.Select(s => s.Sentence).Distinct().Count());
        }
    }

    [Fact]
    public async Task The_filter_narrows_the_ranking_to_the_localities_in_view()
    {
        var filter = new DashboardFilter { ProvinceCodes = new HashSet<string> { "230000" } };
        var model = await (await QueriesAsync()).DetailAsync("quality-development", filter);

        Assert.NotNull(model);
        Assert.All(model.Ranking, r => Assert.StartsWith("23", r.Code, StringComparison.Ordinal));
        Assert.All(model.KeySentences, l => Assert.StartsWith("23", l.Code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_list_has_every_theme_with_its_leading_localities()
    {
        var queries = await QueriesAsync();
        var list = await queries.ListAsync(DashboardFilter.All);

        Assert.Equal(Resources.Value.Taxonomy.Themes.Select(t => t.Id), list.Select(s => s.ThemeId));
        var quality = list.Single(s => s.ThemeId == "quality-development");
        Assert.InRange(quality.Ranking.Count, 2, 3);
        Assert.All(list, s => Assert.All(s.Ranking, r => Assert.True(r.Hits > 0)));
        Assert.Null(await queries.DetailAsync("no-such-theme", DashboardFilter.All));
    }
}

public sealed class SqliteThemeQueriesTests(SqliteStoreFixture fixture) : ThemeQueriesTests<SqliteStoreFixture>(fixture);

public sealed class PostgresThemeQueriesTests(PostgresStoreFixture fixture) : ThemeQueriesTests<PostgresStoreFixture>(fixture);
