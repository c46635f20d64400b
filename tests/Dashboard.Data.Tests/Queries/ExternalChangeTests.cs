using Dashboard.Analysis.Places;
using Dashboard.Data.Queries;
using Dashboard.Data.Store;
using Dashboard.Data.Tests.Store;

namespace Dashboard.Data.Tests.Queries;

/// <summary>
/// Changes made to the store by someone else (another process importing into the same SQLite file, another node on
/// the same PostgreSQL) reach the snapshot the pages read, and only real changes cause a reload.
/// </summary>
public abstract class ExternalChangeTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private static readonly Gazetteer Places = Gazetteer.LoadDefault();

    /// <summary>A second writer with its own connections, as another process would have.</summary>
    private DocumentStore OtherWriter => fixture.Store;

    [Fact]
    public async Task Documents_added_edited_and_removed_by_another_writer_refresh_the_snapshot_and_tell_subscribers()
    {
        await SeedLoader.LoadAsync(fixture.Store, Path.Combine(StoreFixture.RepositoryRoot, "seeds"));
        var cache = new CorpusSnapshotCache(fixture.Context, Places);
        var before = await cache.GetAsync();
        var told = 0;
        using var subscription = cache.Subscribe(() =>
        {
            told++;
            return Task.CompletedTask;
        });
        Assert.False(await cache.RefreshIfChangedAsync());

        var added = await OtherWriter.AddAsync(new NewDocument("3月9日，东莞市委召开会议，研究部署发展低空经济和新型储能产业。") { PublicId = "external-add" });
        Assert.True(added.Added, added.Refusal?.Message);
        Assert.True(await cache.RefreshIfChangedAsync());
        Assert.Contains((await cache.GetAsync()).Documents, d => d.PublicId == "external-add");
        Assert.False(await cache.RefreshIfChangedAsync());

        await OtherWriter.UpdateMetadataAsync("external-add", d => d with { Title = "东莞市委研究部署低空经济" });
        Assert.True(await cache.RefreshIfChangedAsync());
        Assert.Equal("东莞市委研究部署低空经济", (await cache.GetAsync()).Documents.Single(d => d.PublicId == "external-add").Title);

        await OtherWriter.RemoveAsync("external-add");
        Assert.True(await cache.RefreshIfChangedAsync());
        Assert.Equal(before.Documents.Count, (await cache.GetAsync()).Documents.Count);
        Assert.Equal(3, told);
    }

    [Fact]
    public async Task Nothing_is_read_before_a_page_asked_for_the_snapshot()
    {
        var cache = new CorpusSnapshotCache(fixture.Context, Places);

        Assert.False(await cache.RefreshIfChangedAsync());
        Assert.Equal(0, cache.Loads);
    }
}

public sealed class SqliteExternalChangeTests(SqliteStoreFixture fixture) : ExternalChangeTests<SqliteStoreFixture>(fixture);

public sealed class PostgresExternalChangeTests(PostgresStoreFixture fixture) : ExternalChangeTests<PostgresStoreFixture>(fixture);
