using Dashboard.Data.Store;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests.Store;

/// <summary>A corpus exported from SQLite and imported into PostgreSQL arrives whole, and back again.</summary>
public sealed class CorpusTransferTests(SqliteStoreFixture sqlite, PostgresStoreFixture postgres)
    : IClassFixture<SqliteStoreFixture>, IClassFixture<PostgresStoreFixture>
{
    [Fact]
    public async Task A_corpus_moves_from_sqlite_to_postgresql_and_back_without_loss()
    {
        await SeedLoader.LoadAsync(sqlite.Store, Path.Combine(StoreFixture.RepositoryRoot, "seeds"));
        await sqlite.Store.AddAsync(new NewDocument("7月1日，肇东市委召开会议，研究玉米深加工产业集群。") { PublicId = "removed-one" });
        await sqlite.Store.RemoveAsync("removed-one");

        using var export = new MemoryStream();
        Assert.Equal(3, await CorpusTransfer.ExportAsync(sqlite.Context, export));
        export.Position = 0;
        var imported = await CorpusTransfer.ImportAsync(postgres.Store, export);
        Assert.Equal(3, imported.Added);
        Assert.Empty(imported.Refused);

        foreach (var id in new[] { "seed-000_7fb5d263923113ca", "seed-002_f6af64227d9b497f" })
        {
            var a = await sqlite.Store.FindAsync(id);
            var b = await postgres.Store.FindAsync(id);
            Assert.Equal(a!.RawText, b!.RawText);
            Assert.Equal(a.NormalisedText, b.NormalisedText);
            Assert.Equal((a.Title, a.LocalityCode, a.Year, a.Month, a.Day, a.YearInferred, a.Kind), (b.Title, b.LocalityCode, b.Year, b.Month, b.Day, b.YearInferred, b.Kind));
            Assert.Equal(a.Analysis!.ResultJson, b.Analysis!.ResultJson);
        }

        Assert.Null(await postgres.Store.FindAsync("removed-one"));
        Assert.NotNull(await postgres.Store.FindAsync("removed-one", includeRemoved: true));

        // Importing again adds nothing; and the way back gives the same documents.
        export.Position = 0;
        Assert.Equal(3, (await CorpusTransfer.ImportAsync(postgres.Store, export)).AlreadyStored);
        using var back = new MemoryStream();
        await CorpusTransfer.ExportAsync(postgres.Context, back);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(export.ToArray()), System.Text.Encoding.UTF8.GetString(back.ToArray()));
    }

    [Fact]
    public async Task A_line_that_is_not_a_document_is_reported_with_its_number()
    {
        using var input = new MemoryStream("{\"publicId\":\"x\",\"title\":\"t\",\"rawText\":\"东莞\",\"kind\":\"Other\"}\nnot json\n"u8.ToArray());
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => CorpusTransfer.ImportAsync(sqlite.Store, input));
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public async Task Editors_passwords_are_hashed_by_identity()
    {
        Assert.Empty(await EditorAccounts.AddAsync(postgres.Options, "editor@example.org", "a long passphrase"));
        Assert.NotEmpty(await EditorAccounts.AddAsync(postgres.Options, "short@example.org", "short"));
        Assert.Equal(["editor@example.org"], await EditorAccounts.ListAsync(postgres.Options));

        await using var db = postgres.Context();
        var user = await db.Users.SingleAsync(u => u.Email == "editor@example.org");
        Assert.DoesNotContain("a long passphrase", user.PasswordHash);
        await using var services = EditorAccounts.Services(postgres.Options);
        var users = services.CreateScope().ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        Assert.True(await users.CheckPasswordAsync(user, "a long passphrase"));
    }
}
