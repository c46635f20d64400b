using Dashboard.Data.Store;
using Dashboard.Web.Components.Pages.Themes;
using Dashboard.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests;

public sealed class ThemeTaxonomyEditorTests : DashboardTestContext
{
    private string TaxonomyFile => Path.Combine(StoreOptions.DataDirectory, TaxonomyStore.FileName);

    private static int IndexOf(TaxonomyDraft draft, string id) => draft.Themes.FindIndex(t => t.Id == id);

    [Fact]
    public async Task Preview_marks_a_term_added_in_the_editor_before_saving()
    {
        SignInAsEditor();
        var page = Render<TaxonomyEditor>();
        page.WaitForAssertion(() => page.Find("[data-testid=preview-tokens]"), TimeSpan.FromSeconds(20));

        page.Find("textarea[data-testid=preview-sample]").Input("建设寒地黑土粮仓，发展新质生产力。");
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=preview-hit]"), m => m.TextContent == "新质生产力"), TimeSpan.FromSeconds(5));
        Assert.DoesNotContain(page.FindAll("[data-testid=preview-hit]"), m => m.TextContent == "寒地黑土粮仓");

        await page.InvokeAsync(() => page.Instance.EditAsync(d => d.Themes[IndexOf(d, "agriculture-food")].Terms.Add("寒地黑土粮仓")));

        page.WaitForAssertion(() =>
        {
            var mark = Assert.Single(page.FindAll("[data-testid=preview-hit]"), m => m.TextContent == "寒地黑土粮仓");
            Assert.Equal("agriculture-food", mark.GetAttribute("data-theme"));
            Assert.Contains("寒地黑土粮仓", page.Find("[data-testid=preview-score-agriculture-food]").TextContent, StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(20));
        Assert.False(File.Exists(TaxonomyFile));
        Assert.Null(Analysis.Resources.Taxonomy.ThemeOfTerm("寒地黑土粮仓"));
    }

    [Fact]
    public async Task Editor_names_problems_and_will_not_save_them()
    {
        SignInAsEditor();
        var page = Render<TaxonomyEditor>();
        page.WaitForAssertion(() => page.Find("[data-testid=taxonomy-save]"));

        await page.InvokeAsync(() => page.Instance.EditAsync(d =>
        {
            d.Themes[IndexOf(d, "digital-economy")].Terms.Add("新质生产力");
            d.Themes[IndexOf(d, "land-space")].English = "";
        }));

        page.WaitForAssertion(() =>
        {
            var problems = page.FindAll("[data-testid=taxonomy-problem]").Select(p => p.TextContent).ToList();
            Assert.Contains("The term \"新质生产力\" is in both \"quality-development\" and \"digital-economy\"; a term belongs to one theme.", problems);
            Assert.Contains("The theme \"land-space\" needs an English label.", problems);
            Assert.NotNull(page.Find("[data-testid=preview-waiting]"));
        });
        await page.InvokeAsync(page.Instance.SaveAsync);
        Assert.False(File.Exists(TaxonomyFile));
        Assert.Equal(ReanalysisState.Idle, Services.GetRequiredService<ReanalysisRunner>().Status.State);
    }

    [Fact]
    public async Task Anonymous_users_cannot_save_the_taxonomy()
    {
        Auth.SetNotAuthorized();
        Auth.SetPolicies();
        var page = Render<TaxonomyEditor>();
        page.WaitForAssertion(() => page.Find("[data-testid=taxonomy-preview]"));
        Assert.Empty(page.FindAll("[data-testid=taxonomy-save]"));

        page.Instance.Draft.Themes[0].Terms.Add("寒地黑土粮仓");
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => page.InvokeAsync(page.Instance.SaveAsync));

        Assert.False(File.Exists(TaxonomyFile));
        Assert.Equal(ReanalysisState.Idle, Services.GetRequiredService<ReanalysisRunner>().Status.State);
        Assert.Null(Analysis.Resources.Taxonomy.ThemeOfTerm("寒地黑土粮仓"));
    }

    [Fact]
    public async Task Saving_writes_the_file_runs_the_reanalysis_and_shows_its_outcome()
    {
        SignInAsEditor();
        var page = Render<TaxonomyEditor>();
        page.WaitForAssertion(() => page.Find("[data-testid=taxonomy-save]"));
        await page.InvokeAsync(() => page.Instance.EditAsync(d => d.Themes[IndexOf(d, "agriculture-food")].English = "Farming and food"));

        page.Find("[data-testid=taxonomy-save]").Click();

        var runner = Services.GetRequiredService<ReanalysisRunner>();
        await runner.Completion.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(File.Exists(TaxonomyFile));
        Assert.Equal("Farming and food", Analysis.Resources.Taxonomy.Find("agriculture-food")!.English);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=reanalysis-completed]")));
    }
}
