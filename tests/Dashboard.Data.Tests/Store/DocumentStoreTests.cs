using Dashboard.Analysis.Documents;
using Dashboard.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Store;

/// <summary>The same behaviour on both databases.</summary>
public abstract class DocumentStoreTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private const string Text = "3月2日，东莞市委召开会议，强调要加快发展未来产业和战略性新兴产业，加强资金保障，拓展产业空间。";

    private DocumentStore Store => fixture.Store;

    private static string SeedsDirectory => Path.Combine(StoreFixture.RepositoryRoot, "seeds");

    [Fact]
    public async Task Seeds_load_once_and_a_second_start_adds_nothing()
    {
        await SeedLoader.LoadAsync(Store, SeedsDirectory);
        var count = await Store.CountAsync();
        Assert.Equal(0, await SeedLoader.LoadAsync(Store, SeedsDirectory));
        Assert.Equal(count, await Store.CountAsync());
        var suihua = await Store.FindAsync("seed-002_f6af64227d9b497f");
        Assert.NotNull(suihua);
        Assert.Equal("231200", suihua.LocalityCode);
        Assert.Equal("230000", suihua.ProvinceCode);
        Assert.Equal(2024, suihua.Year);
        Assert.True(suihua.YearInferred);
        Assert.Equal("MeetingRelease", suihua.Kind);
    }

    [Fact]
    public async Task A_stored_document_keeps_its_texts_its_analysis_and_the_versions_that_produced_it()
    {
        var result = await Store.AddAsync(new NewDocument(Text) { PublicId = "test-stored" });
        Assert.True(result.Added, result.Refusal?.Message);
        var stored = await Store.FindAsync("test-stored");
        Assert.NotNull(stored?.Analysis);
        Assert.Equal(Text, stored.RawText);
        Assert.Contains("东莞市委", stored.NormalisedText);
        Assert.StartsWith("nodejieba@", stored.Analysis.LexiconVersion);
        Assert.Contains('+', stored.Analysis.TaxonomyVersion);

        await using var db = fixture.Context();
        var themes = await db.ThemeCounts.Where(t => t.AnalysisId == stored.Analysis.Id).ToListAsync();
        Assert.Contains(themes, t => t.ThemeId == "future-industries" && t.Hits == 1);
        Assert.Equal(1, StoredTermCounts.Read(stored.Analysis.TermCounts)["未来产业"]);
        Assert.True(await db.InstrumentCounts.AnyAsync(i => i.AnalysisId == stored.Analysis.Id && i.TypeId == "funding"));

        var evidence = StoredResult.FromJson(stored.Analysis.ResultJson, stored.PublicId, stored.NormalisedText).ThemeHits.Single(h => h.Term == "未来产业").Evidence;
        Assert.Contains("未来产业", evidence.Sentence);
        Assert.Equal("未来产业", stored.NormalisedText.Substring(evidence.Start, evidence.Length));
    }

    [Fact]
    public async Task An_exact_duplicate_is_refused_naming_the_document_it_repeats()
    {
        await Store.AddAsync(new NewDocument("5月1日，绥化市召开会议，推进农业强市建设和冰雪经济发展。") { PublicId = "test-original", Title = "原件" });
        var before = await Store.CountAsync();
        var again = await Store.AddAsync(new NewDocument("5月1日，绥化市召开会议，推进农业强市建设和冰雪经济发展。"));
        Assert.False(again.Added);
        Assert.Equal("duplicate", again.Refusal!.Reason);
        Assert.Contains("test-original", again.Refusal.Message);
        Assert.Contains("原件", again.Refusal.Message);
        Assert.Equal(before, await Store.CountAsync());
    }

    [Fact]
    public async Task Two_saves_of_the_same_text_at_once_store_it_once()
    {
        const string text = "8月8日，安达市委召开会议，推进乳品加工产业集群建设。";
        var first = Store.Prepare(new NewDocument(text));
        var second = Store.Prepare(new NewDocument(text));
        var results = await Task.WhenAll(Store.SaveAsync(first), Store.SaveAsync(second));
        Assert.Single(results, r => r.Added);
        Assert.Single(results, r => r.Refusal?.Reason == "duplicate");
        Assert.Single(await Store.ListAsync(), d => d.Title.Contains("安达市委", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_text_without_a_locality_needs_the_users_confirmation()
    {
        const string text = "会议强调，要加快发展新质生产力，推动科技创新和产业创新深度融合。";
        var refused = await Store.AddAsync(new NewDocument(text));
        Assert.Equal("unknown-locality", refused.Refusal?.Reason);
        var confirmed = await Store.AddAsync(new NewDocument(text) { LocalityConfirmedUnknown = true });
        Assert.True(confirmed.Added);
        Assert.Null(confirmed.Document!.LocalityCode);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n  ", "empty")]
    [InlineData("Only English text here, no Chinese at all.", "no-chinese")]
    public async Task Text_that_is_not_a_chinese_document_is_refused(string text, string reason)
    {
        var result = await Store.AddAsync(new NewDocument(text) { LocalityConfirmedUnknown = true });
        Assert.Equal(reason, result.Refusal?.Reason);
    }

    [Fact]
    public async Task A_date_in_the_future_is_refused()
    {
        var result = await Store.AddAsync(new NewDocument("东莞市委召开会议，部署未来产业。") { Date = new PolicyDate(2099, 1, 1) });
        Assert.Equal("future-date", result.Refusal?.Reason);
        Assert.Contains("2099-01-01", result.Refusal!.Message);
    }

    [Fact]
    public async Task A_locality_code_the_gazetteer_lacks_is_refused()
    {
        var result = await Store.AddAsync(new NewDocument(Text + "另一句。") { LocalityCode = "999999" });
        Assert.Equal("unknown-locality-code", result.Refusal?.Reason);
    }

    [Fact]
    public async Task Fixing_a_documents_metadata_updates_its_analysis()
    {
        const string text = "9月9日，市委召开会议，强调要推进农业强市建设，加快冰雪经济发展。";
        var added = await Store.AddAsync(new NewDocument(text) { PublicId = "test-edit", LocalityConfirmedUnknown = true });
        Assert.True(added.Added, added.Refusal?.Message);
        Assert.Null(added.Document!.LocalityCode);

        var updated = await Store.UpdateMetadataAsync("test-edit", d => d with { LocalityCode = "231200", Title = "绥化市委会议", Date = new PolicyDate(2024, 9, 9) });
        Assert.True(updated.Added, updated.Refusal?.Message);
        var stored = await Store.FindAsync("test-edit");
        Assert.Equal(("231200", "230000", "绥化市委会议", 2024), (stored!.LocalityCode, stored.ProvinceCode, stored.Title, stored.Year));
        Assert.Equal(text, stored.RawText);
        Assert.True(stored.Analysis!.Id != added.Document.Analysis!.Id, "the analysis is recomputed, not kept");

        await using var db = fixture.Context();
        Assert.Equal(1, await db.Analyses.CountAsync(a => a.DocumentId == stored.Id));
        Assert.True(await db.ThemeCounts.AnyAsync(t => t.AnalysisId == stored.Analysis.Id && t.ThemeId == "agriculture-food"));
        Assert.False(await db.ThemeCounts.AnyAsync(t => t.AnalysisId == added.Document.Analysis.Id));

        var future = await Store.UpdateMetadataAsync("test-edit", d => d with { Date = new PolicyDate(2099, 1, 1) });
        Assert.Equal("future-date", future.Refusal?.Reason);
        Assert.Equal(2024, (await Store.FindAsync("test-edit"))!.Year);
        Assert.Equal("not-found", (await Store.UpdateMetadataAsync("no-such-document", d => d)).Refusal?.Reason);
    }

    [Fact]
    public async Task A_removed_document_leaves_the_list_and_can_be_restored()
    {
        await Store.AddAsync(new NewDocument("6月6日，肇东市委召开会议，研究工改工和土地整备工作。") { PublicId = "test-removed" });
        Assert.True(await Store.RemoveAsync("test-removed"));
        Assert.DoesNotContain(await Store.ListAsync(), d => d.PublicId == "test-removed");
        Assert.Null(await Store.FindAsync("test-removed"));
        Assert.NotNull(await Store.FindAsync("test-removed", includeRemoved: true));
        Assert.False(await Store.RemoveAsync("test-removed"));

        Assert.True(await Store.RestoreAsync("test-removed"));
        Assert.Contains(await Store.ListAsync(), d => d.PublicId == "test-removed");
    }
}

public sealed class SqliteDocumentStoreTests(SqliteStoreFixture fixture) : DocumentStoreTests<SqliteStoreFixture>(fixture);

public sealed class PostgresDocumentStoreTests(PostgresStoreFixture fixture) : DocumentStoreTests<PostgresStoreFixture>(fixture);
