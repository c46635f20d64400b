using Dashboard.Data.Store;
using Dashboard.Data.Store.Entities;
using Dashboard.Web.Components.Pages.Add;
using Dashboard.Web.Components.Pages.Documents;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests;

/// <summary>A locality detected with low confidence is offered as a suggestion, stored as one unless the editor
/// confirms it, and marked on the documents list and the document page.</summary>
public sealed class SuggestedLocalityTests : DashboardTestContext
{
    /// <summary>Names a city once, in passing, and no issuing body: the detection is a guess.</summary>
    private const string PassingMention = "会议在东莞召开，强调加快发展人工智能产业，推动制造业转型升级。";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        SignInAsEditor();
    }

    [Fact]
    public async Task A_low_confidence_locality_is_offered_as_a_suggestion_and_stored_as_one_unless_confirmed()
    {
        var page = Render<Add>();
        AddTests.Paste(page, PassingMention);

        page.WaitForAssertion(() =>
        {
            var warning = page.Find("[data-testid=entry-locality-suggested-1]").TextContent;
            Assert.Contains("Dongguan (东莞市)", warning, StringComparison.Ordinal);
            Assert.Contains("please confirm", warning, StringComparison.OrdinalIgnoreCase);
        });
        page.Find("[data-testid=entry-save-1]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=entry-saved-1]")));

        var stored = await StoredAsync(PassingMention);
        Assert.Equal("441900", stored.LocalityCode);
        Assert.True(stored.LocalitySuggested);
    }

    [Fact]
    public async Task An_editor_who_confirms_the_suggestion_stores_the_locality_as_fact()
    {
        var page = Render<Add>();
        AddTests.Paste(page, PassingMention);
        page.WaitForAssertion(() => page.Find("[data-testid=entry-confirm-locality-1]"));

        page.Find("[data-testid=entry-confirm-locality-1] input, input[data-testid=entry-confirm-locality-1]").Change(true);
        page.Find("[data-testid=entry-save-1]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=entry-saved-1]")));

        var stored = await StoredAsync(PassingMention);
        Assert.Equal("441900", stored.LocalityCode);
        Assert.False(stored.LocalitySuggested);
    }

    [Fact]
    public void A_confident_detection_is_no_suggestion()
    {
        var page = Render<Add>();
        AddTests.Paste(page, AddTests.DongguanText);

        page.WaitForAssertion(() => page.Find("[data-testid=entry-save-1]"));
        Assert.Empty(page.FindAll("[data-testid=entry-locality-suggested-1]"));
    }

    [Fact]
    public async Task The_documents_list_and_the_document_page_mark_a_suggested_locality()
    {
        var added = await Analysis.Store.AddAsync(new NewDocument(PassingMention) { PublicId = "suggested-doc" });
        Assert.True(added.Added, added.Refusal?.Message);
        await Snapshots.RefreshAsync();

        var list = Render<Documents>();
        list.WaitForAssertion(() => Assert.Contains("suggested", list.Find("[data-testid=locality-suggested-suggested-doc]").TextContent, StringComparison.Ordinal));
        Assert.Empty(list.FindAll($"[data-testid=locality-suggested-{DocumentsTests.Dongguan}]"));

        var document = Render<DocumentPage>(p => p.Add(x => x.PublicId, "suggested-doc"));
        document.WaitForAssertion(() => Assert.Contains("Suggested locality", document.Find("[data-testid=meta-locality-suggested]").TextContent, StringComparison.Ordinal));
    }

    private async Task<StoredDocument> StoredAsync(string text)
    {
        await using var db = DashboardDbContextFactory.Create(StoreOptions);
        return await db.Documents.AsNoTracking().SingleAsync(d => d.RawText.StartsWith(text.Substring(0, 8)));
    }
}
