using Dashboard.Analysis.Documents;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Pages.Documents;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Dashboard.Web.Tests;

/// <summary>One document: both texts with highlights, and the editor's edit, remove and undo (refused to anyone else).</summary>
public sealed class DocumentPageTests : DashboardTestContext
{
    private const string Dongguan = DocumentsTests.Dongguan;

    private IRenderedComponent<DocumentPage> RenderPage(string id = Dongguan)
    {
        var page = Render<DocumentPage>(p => p.Add(x => x.PublicId, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=document-title]")));
        return page;
    }

    [Fact]
    public void The_document_page_shows_both_texts_side_by_side_with_sentence_ids_and_highlights()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/documents/{Dongguan}#s3");
        var page = RenderPage();

        Assert.Contains("东莞市委理论学习中心组", page.Find("[data-testid=document-title]").TextContent, StringComparison.Ordinal);
        Assert.Contains("東莞市委理論學(xué)習(xí)", page.Find("[data-testid=text-original]").TextContent, StringComparison.Ordinal);
        var normalised = page.Find("[data-testid=text-normalised]");
        Assert.Contains("东莞市委理论学习中心组", normalised.TextContent, StringComparison.Ordinal);
        Assert.NotNull(normalised.QuerySelector("#s0.sentence"));
        Assert.NotNull(normalised.QuerySelector("#s3.sentence"));
        Assert.Contains(normalised.QuerySelectorAll("mark.theme-hit"), m => m.TextContent == "未来产业");
        Assert.NotEmpty(normalised.QuerySelectorAll("mark.priority-hit"));
        Assert.NotEmpty(normalised.QuerySelectorAll("mark.instrument-hit"));
        Assert.NotEmpty(page.Find("[data-testid=text-original]").QuerySelectorAll("mark.theme-hit"));
        Assert.NotEmpty(page.FindAll("[data-testid=document-priority]"));
        Assert.NotEmpty(page.Find("[data-testid=document-keywords]").QuerySelectorAll(".mud-chip"));
        Assert.Contains("Dongguan (东莞市)", page.Find("[data-testid=meta-locality]").TextContent, StringComparison.Ordinal);
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "dashboard.scrollToHash");
    }

    [Fact]
    public void An_unknown_document_says_so()
    {
        var page = Render<DocumentPage>(p => p.Add(x => x.PublicId, "no-such-document"));

        page.WaitForAssertion(() => Assert.Contains("no-such-document", page.Find("[data-testid=document-missing]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Anonymous_users_see_no_edit_or_remove_and_the_handlers_refuse_and_change_nothing()
    {
        DocumentsTests.SignOut(Auth);
        var page = RenderPage();

        Assert.Empty(page.FindAll("[data-testid=document-edit]"));
        Assert.Empty(page.FindAll("[data-testid=document-remove]"));
        var edit = new DocumentMetadataEdit("改过的标题", "441900", new PolicyDate(2024, 11, 28, true), DocumentKind.Plan, null, null);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => page.InvokeAsync(page.Instance.EditAsync));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => page.InvokeAsync(() => page.Instance.SaveMetadataAsync(edit)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => page.InvokeAsync(page.Instance.RemoveAsync));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => page.InvokeAsync(page.Instance.RemoveConfirmedAsync));
        var writes = Services.GetRequiredService<DocumentWrites>();
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => writes.UpdateAsync(Dongguan, edit));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => writes.RemoveAsync(Dongguan, "x"));

        var stored = await Analysis.Store.FindAsync(Dongguan);
        Assert.NotNull(stored);
        Assert.Equal("东莞市委理论学习中心组召开专题学习会", stored.Title);
        Assert.Equal("MeetingRelease", stored.Kind);
    }

    [Fact]
    public async Task An_editor_edits_the_metadata_and_the_page_shows_the_new_values()
    {
        SignInAsEditor();
        var page = RenderPage();
        Assert.NotNull(page.Find("[data-testid=document-edit]"));

        var edit = new DocumentMetadataEdit("东莞新质生产力学习会", "441900", new PolicyDate(2024, 11, 28), DocumentKind.Plan, "东莞市委", "https://example.org/dg");
        var refusal = await page.InvokeAsync(() => page.Instance.SaveMetadataAsync(edit));

        Assert.Null(refusal);
        var stored = await Analysis.Store.FindAsync(Dongguan);
        Assert.Equal("东莞新质生产力学习会", stored!.Title);
        Assert.Equal("Plan", stored.Kind);
        Assert.False(stored.YearInferred);
        Assert.Equal("https://example.org/dg", stored.SourceUrl);
        page.WaitForAssertion(() => Assert.Equal("东莞新质生产力学习会", page.Find("[data-testid=document-title]").TextContent.Trim()));
        Assert.Contains("Plan", page.Find("[data-testid=meta-kind]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_edit_says_why_in_the_readers_language_and_changes_nothing()
    {
        SignInAsEditor();
        var page = RenderPage();
        var future = new DocumentMetadataEdit("未来", "441900", new PolicyDate(2099, 1, 1), DocumentKind.Plan, null, null);

        var refusal = await page.InvokeAsync(() => page.Instance.SaveMetadataAsync(future));

        Assert.Equal("The date 2099-01-01 is in the future. Correct it before saving.", refusal);
        Assert.Equal("东莞市委理论学习中心组召开专题学习会", (await Analysis.Store.FindAsync(Dongguan))!.Title);
    }

    [Fact]
    public void An_editor_edits_through_the_dialog()
    {
        SignInAsEditor();
        var providers = Render<DialogHost>(p => p.Add(x => x.PublicId, Dongguan));
        providers.WaitForAssertion(() => Assert.NotNull(providers.Find("[data-testid=document-title]")));

        providers.Find("[data-testid=document-edit]").Click();
        providers.WaitForAssertion(() => Assert.NotNull(providers.Find("input[data-testid=edit-title], [data-testid=edit-title] input")));
        providers.Find("input[data-testid=edit-title], [data-testid=edit-title] input").Change("东莞学习会（改）");
        providers.Find("[data-testid=edit-save]").Click();

        providers.WaitForAssertion(() => Assert.Equal("东莞学习会（改）", providers.Find("[data-testid=document-title]").TextContent.Trim()));
        Assert.Empty(providers.FindAll("[data-testid=edit-save]"));
    }

    [Fact]
    public async Task An_editor_removes_after_confirming_and_undoes_from_the_snackbar()
    {
        SignInAsEditor();
        var providers = Render<DialogHost>(p => p.Add(x => x.PublicId, Dongguan));
        providers.WaitForAssertion(() => Assert.NotNull(providers.Find("[data-testid=document-remove]")));

        providers.Find("[data-testid=document-remove]").Click();
        providers.WaitForAssertion(() => Assert.NotNull(providers.Find("[data-testid=confirm-remove-ok]")));
        Assert.NotNull(await Analysis.Store.FindAsync(Dongguan));
        providers.Find("[data-testid=confirm-remove-ok]").Click();

        providers.WaitForAssertion(() => Assert.Contains("was removed", providers.Markup, StringComparison.Ordinal));
        Assert.Null(await Analysis.Store.FindAsync(Dongguan));
        Assert.DoesNotContain((await Snapshots.GetAsync()).Documents, d => d.PublicId == Dongguan);
        Assert.EndsWith("/documents", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);

        providers.FindAll(".mud-snackbar button").Single(b => b.TextContent.Contains("Undo", StringComparison.Ordinal)).Click();

        providers.WaitForAssertion(() => Assert.Contains("was restored", providers.Markup, StringComparison.Ordinal));
        Assert.NotNull(await Analysis.Store.FindAsync(Dongguan));
        Assert.Contains((await Snapshots.GetAsync()).Documents, d => d.PublicId == Dongguan);
    }
}

/// <summary>The document page with the layout's providers, so its dialogs and snackbars render.</summary>
public sealed class DialogHost : ComponentBase
{
    [Parameter]
    public string PublicId { get; set; } = "";

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<MudSnackbarProvider>(2);
        builder.CloseComponent();
        builder.OpenComponent<DocumentPage>(3);
        builder.AddComponentParameter(4, nameof(DocumentPage.PublicId), PublicId);
        builder.CloseComponent();
    }
}
