using Dashboard.Web.Components.Pages.Add;
using Dashboard.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests;

/// <summary>Anonymous users cannot write through the Add documents page, even by reaching its handlers directly.</summary>
public sealed class AuthorizationTests : DashboardTestContext
{
    [Fact]
    public void The_Add_page_requires_the_editor_policy()
    {
        var authorize = typeof(Add).GetCustomAttributes(typeof(AuthorizeAttribute), inherit: true).Cast<AuthorizeAttribute>().Single();

        Assert.Equal(EditorAccess.Policy, authorize.Policy);
    }

    [Fact]
    public async Task Anonymous_rendering_of_the_Add_page_shows_no_form_and_its_handlers_refuse_and_store_nothing()
    {
        // bunit's fake grants any policy it was given, signed in or not: an anonymous user holds none.
        Auth.SetPolicies();
        var page = Render<Add>();

        Assert.NotNull(page.Find("[data-testid=add-not-allowed]"));
        Assert.Empty(page.FindAll("[data-testid=paste-read]"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => page.InvokeAsync(page.Instance.ReadPastedAsync));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => page.InvokeAsync(page.Instance.SaveAllAsync));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => page.InvokeAsync(() => page.Instance.FilesChosenAsync(new InputFileChangeEventArgs([]))));
        Assert.Empty(Services.GetRequiredService<ImportSession>().Entries);
        Assert.Equal(2, await Analysis.Store.CountAsync());
    }

    [Fact]
    public async Task A_save_after_the_editor_is_signed_out_is_refused_and_stores_nothing()
    {
        SignInAsEditor();
        var page = Render<Add>();
        AddTests.Paste(page, AddTests.DongguanText);
        page.WaitForAssertion(() => page.Find("[data-testid=entry-save-1]"));
        var entry = Services.GetRequiredService<ImportSession>().Entries.Single();

        Auth.SetNotAuthorized();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => page.InvokeAsync(() => page.Instance.SaveAsync(entry)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => page.InvokeAsync(page.Instance.SaveAllAsync));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Services.GetRequiredService<ImportSession>().SaveAsync(entry));
        Assert.Equal(2, await Analysis.Store.CountAsync());
        Assert.Equal(Dashboard.Web.Services.ImportEntryState.Ready, entry.State);
    }

    [Fact]
    public async Task The_import_session_refuses_anonymous_reads_of_pasted_text_and_files()
    {
        var session = Services.GetRequiredService<ImportSession>();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => session.AddPastedTextAsync(AddTests.DongguanText));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => session.AddFileAsync("a.txt", 3, _ => new MemoryStream([1, 2, 3])));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => session.SaveAllAsync());
        Assert.Empty(session.Entries);
    }
}
