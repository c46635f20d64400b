using Dashboard.Web.Components.Pages.Themes;
using Dashboard.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests;

public sealed class ThemePagesTests : DashboardTestContext
{
    [Fact]
    public void Themes_list_shows_every_theme_with_its_leading_localities()
    {
        Auth.SetNotAuthorized();
        Auth.SetPolicies();
        var page = Render<ThemeList>();

        page.WaitForAssertion(() =>
        {
            Assert.Equal(Analysis.Resources.Taxonomy.Themes.Count, page.FindAll("[data-testid^=theme-card-]").Count);
            var card = page.Find("[data-testid=theme-card-quality-development]");
            Assert.Contains("Dongguan", card.TextContent, StringComparison.Ordinal);
            Assert.Contains("Suihua", card.TextContent, StringComparison.Ordinal);
            Assert.Equal("/themes/quality-development", page.Find("[data-testid=theme-link-quality-development]").GetAttribute("href"));
        });
        Assert.Empty(page.FindAll("[data-testid=themes-edit]"));
    }

    [Fact]
    public void Themes_list_offers_editors_the_taxonomy_editor()
    {
        SignInAsEditor();

        var page = Render<ThemeList>();

        page.WaitForAssertion(() => Assert.Equal("/themes/edit", page.Find("[data-testid=themes-edit]").GetAttribute("href")));
    }

    [Fact]
    public void Theme_page_ranks_both_seed_localities_and_draws_the_ranking()
    {
        var page = Render<ThemeDetail>(p => p.Add(x => x.ThemeId, "quality-development"));

        page.WaitForAssertion(() => Assert.Contains("New quality productive forces", page.Find("[data-testid=theme-title]").TextContent, StringComparison.Ordinal));
        page.WaitForAssertion(() => Assert.Contains(PlotlyDrawCalls, c => c.Identifier == "newPlot"));
        var drawn = System.Text.Json.JsonSerializer.Serialize(PlotlyDrawCalls.First(c => c.Identifier == "newPlot").Arguments);
        Assert.Contains("Dongguan", drawn, StringComparison.Ordinal);
        Assert.Contains("Suihua", drawn, StringComparison.Ordinal);

        page.Find("[data-testid=card-theme-ranking-table-toggle] button, button[data-testid=card-theme-ranking-table-toggle]").Click();
        page.WaitForAssertion(() =>
        {
            Assert.NotEmpty(page.FindAll("[data-testid=rank-441900]"));
            Assert.NotEmpty(page.FindAll("[data-testid=rank-231200]"));
        });
    }

    [Fact]
    public void Theme_page_shows_key_sentences_per_locality_with_the_term_marked()
    {
        var page = Render<ThemeDetail>(p => p.Add(x => x.ThemeId, "quality-development"));
        var terms = Analysis.Resources.Taxonomy.Find("quality-development")!.Terms;

        page.WaitForAssertion(() =>
        {
            Assert.NotEmpty(page.FindAll("[data-testid=key-sentences-441900] [data-testid=key-sentence]"));
            Assert.NotEmpty(page.FindAll("[data-testid=key-sentences-231200] [data-testid=key-sentence]"));
        });
        Assert.All(page.FindAll("[data-testid=key-term]"), mark => Assert.Contains(mark.TextContent, terms));
        Assert.All(page.FindAll("[data-testid=key-sentence]"), s => Assert.Contains(s.QuerySelector("mark")!.TextContent, s.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Theme_page_shows_key_sentences_of_the_first_localities_and_more_on_request()
    {
        var page = Render<ThemeDetail>(p => p
            .Add(x => x.ThemeId, "quality-development")
            .Add(x => x.LocalitiesPerStep, 1));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("section[data-testid^=key-sentences-]")));
        Assert.Contains("1 of 2 localities", page.Find("[data-testid=key-sentences-shown]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=key-sentences-more]").Click();

        page.WaitForAssertion(() =>
        {
            Assert.NotEmpty(page.FindAll("[data-testid=key-sentences-441900] [data-testid=key-sentence]"));
            Assert.NotEmpty(page.FindAll("[data-testid=key-sentences-231200] [data-testid=key-sentence]"));
        });
        Assert.Empty(page.FindAll("[data-testid=key-sentences-more]"));
    }

    [Fact]
    public void Theme_terms_list_their_counts_and_open_their_sentences()
    {
        var page = Render<ThemeDetail>(p => p.Add(x => x.ThemeId, "quality-development"));
        page.WaitForAssertion(() => page.Find("[data-testid='term-新质生产力']"));

        var row = page.FindAll("[data-testid=theme-term]").First(r => r.TextContent.Contains("新质生产力", StringComparison.Ordinal));
        Assert.True(int.Parse(row.QuerySelector("[data-testid=term-hits]")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        page.Find("[data-testid='term-新质生产力']").Click();

        var panel = Services.GetRequiredService<EvidencePanelState>();
        Assert.True(panel.IsOpen);
        Assert.Equal("quality-development", panel.Request!.ThemeId);
        Assert.Equal("新质生产力", panel.Request.Term);
    }

    [Fact]
    public void An_unknown_theme_says_so()
    {
        var page = Render<ThemeDetail>(p => p.Add(x => x.ThemeId, "no-such-theme"));

        page.WaitForAssertion(() => Assert.Contains("no-such-theme", page.Find("[data-testid=theme-not-found]").TextContent, StringComparison.Ordinal));
    }
}
