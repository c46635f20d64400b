using Bunit.TestDoubles;
using Dashboard.Web.Components.Pages.Documents;
using Microsoft.AspNetCore.Components;
using Dashboard.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests;

/// <summary>The document list: both seeds, search and sort in the URL, and the removed documents for editors.</summary>
public sealed class DocumentsTests : DashboardTestContext
{
    public const string Dongguan = "seed-000_7fb5d263923113ca";
    public const string Suihua = "seed-002_f6af64227d9b497f";

    /// <summary>An anonymous user, who holds no policy (the real Editor policy requires a signed-in user).</summary>
    internal static void SignOut(BunitAuthorizationContext auth)
    {
        auth.SetNotAuthorized();
        auth.SetPolicies();
    }

    private void SignOut() => SignOut(Auth);

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private static IReadOnlyList<string> RowIds(IRenderedComponent<Documents> page) =>
        [.. page.FindAll("[data-testid^=document-row-]").Select(r => r.GetAttribute("data-testid")!["document-row-".Length..])];

    [Fact]
    public void Documents_list_shows_both_seeds_newest_first_with_bilingual_localities()
    {
        var page = Render<Documents>();

        page.WaitForAssertion(() => Assert.Equal([Dongguan, Suihua], RowIds(page)));
        Assert.Contains("2 documents", page.Find("[data-testid=document-count]").TextContent, StringComparison.Ordinal);
        var suihua = page.Find($"[data-testid=document-row-{Suihua}]").TextContent;
        Assert.Contains("Suihua (绥化市)", suihua, StringComparison.Ordinal);
        Assert.Contains("Heilongjiang (黑龙江省)", suihua, StringComparison.Ordinal);
        Assert.Contains("~2024-02-14", suihua, StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_in_the_URL_narrows_the_list_and_keeps_the_filter()
    {
        Navigation.NavigateTo("/documents?q=%E7%BB%A5%E5%8C%96");
        var page = Render<Documents>();
        page.WaitForAssertion(() => Assert.Equal([Suihua], RowIds(page)));

        Navigation.NavigateTo("/documents?province=440000&q=%E7%BB%A5%E5%8C%96");
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=page-empty]")));
    }

    [Fact]
    public void Typing_a_search_puts_it_in_the_URL_and_narrows_the_list()
    {
        Navigation.NavigateTo("/documents?province=230000,440000");
        var page = Render<Documents>();
        page.WaitForAssertion(() => Assert.Equal(2, RowIds(page).Count));

        page.Find("input[data-testid=document-search], [data-testid=document-search] input").Input("松山湖");

        page.WaitForAssertion(() => Assert.Equal([Dongguan], RowIds(page)), TimeSpan.FromSeconds(5));
        Assert.Contains("q=", Navigation.Uri, StringComparison.Ordinal);
        Assert.Contains("province=230000", Uri.UnescapeDataString(Navigation.Uri), StringComparison.Ordinal);
    }

    [Fact]
    public void Clicking_a_column_sorts_by_it_and_a_second_click_reverses()
    {
        var page = Render<Documents>();
        page.WaitForAssertion(() => Assert.Equal([Dongguan, Suihua], RowIds(page)));

        page.Find("[data-testid=sort-province]").Click();
        page.WaitForAssertion(() => Assert.EndsWith("sort=province", Navigation.Uri, StringComparison.Ordinal));
        Assert.Equal([Dongguan, Suihua], RowIds(page));

        page.Find("[data-testid=sort-province]").Click();
        page.WaitForAssertion(() => Assert.Equal([Suihua, Dongguan], RowIds(page)));
        Assert.EndsWith("sort=province-desc", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_click_opens_its_document()
    {
        var page = Render<Documents>();
        page.WaitForAssertion(() => Assert.Equal(2, RowIds(page).Count));

        page.Find($"[data-testid=document-row-{Suihua}]").Click();

        Assert.EndsWith($"/documents/{Suihua}", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymous_users_do_not_see_the_removed_documents()
    {
        SignOut();
        var page = Render<Documents>();
        page.WaitForAssertion(() => Assert.Equal(2, RowIds(page).Count));

        Assert.Empty(page.FindAll("[data-testid=removed-documents]"));
    }

    [Fact]
    public async Task Editors_see_removed_documents_and_can_restore_one()
    {
        SignInAsEditor();
        await Analysis.Store.RemoveAsync(Suihua);
        await Snapshots.RefreshAsync();
        var page = Render<Documents>();
        page.WaitForAssertion(() => Assert.Equal([Dongguan], RowIds(page)));
        page.WaitForAssertion(() => Assert.NotNull(page.Find($"[data-testid=removed-{Suihua}]")));

        page.Find($"[data-testid=restore-{Suihua}]").Click();

        page.WaitForAssertion(() => Assert.Equal([Dongguan, Suihua], RowIds(page)));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=removed-none]")));
        Assert.NotNull(await Analysis.Store.FindAsync(Suihua));
    }

    [Fact]
    public async Task Restoring_as_anonymous_is_refused_and_the_document_stays_removed()
    {
        SignInAsEditor();
        await Analysis.Store.RemoveAsync(Suihua);
        var page = Render<Documents>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find($"[data-testid=removed-{Suihua}]")));
        var removed = page.FindComponent<RemovedDocuments>();

        SignOut();

        var document = new Dashboard.Data.Queries.RemovedDocument(Suihua, "绥化", null, DateTimeOffset.UtcNow);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => removed.InvokeAsync(() => removed.Instance.RestoreAsync(document)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Services.GetRequiredService<DocumentWrites>().RestoreAsync(Suihua, "绥化"));
        Assert.Null(await Analysis.Store.FindAsync(Suihua));
    }

    [Fact]
    public async Task A_stored_title_that_is_a_dateline_or_byline_is_never_shown_as_one()
    {
        await using (var db = Services.GetRequiredService<Func<DashboardDbContext>>()())
        {
            await db.Documents.Where(d => d.PublicId == Dongguan)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Title, "人民网东莞11月28日电（记者陈浩）“更大力度壮大新质生产力"));
            await db.Documents.Where(d => d.PublicId == Suihua)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Title, "（记者徐向阳编辑左海燕审核高文青）"));
        }

        await Snapshots.RefreshAsync();
        var list = Render<Documents>();

        list.WaitForAssertion(() => Assert.Contains("更大力度壮大新质生产力", list.Find($"[data-testid=document-row-{Dongguan}]").TextContent, StringComparison.Ordinal));
        var rows = list.Find("[data-testid=document-table]").TextContent;
        Assert.DoesNotContain("记者", rows, StringComparison.Ordinal);
        Assert.DoesNotContain("“", rows, StringComparison.Ordinal);
        Assert.Contains("绥化市", list.Find($"[data-testid=document-row-{Suihua}]").QuerySelector("a")!.TextContent, StringComparison.Ordinal);

        var page = Render<DocumentPage>(p => p.Add(x => x.PublicId, Suihua));
        page.WaitForAssertion(() => Assert.DoesNotContain("记者", page.Find("[data-testid=document-title]").TextContent, StringComparison.Ordinal));
        Assert.Contains("绥化市", page.Find("[data-testid=document-title]").TextContent, StringComparison.Ordinal);
    }
}
