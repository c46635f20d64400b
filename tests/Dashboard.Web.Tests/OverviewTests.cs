using System.Globalization;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Components.Layout;
using Dashboard.Web.Components.Pages.Overview;
using Dashboard.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests;

public sealed class OverviewTests : DashboardTestContext
{
    [Fact]
    public void Overview_shows_both_seed_localities_and_draws_its_charts()
    {
        var page = Render<Overview>();

        page.WaitForAssertion(() =>
        {
            Assert.Equal("2", page.Find("[data-testid=stat-documents]").TextContent.Trim());
            Assert.Contains("Dongguan", page.Find("[data-testid=locality-441900]").TextContent, StringComparison.Ordinal);
            Assert.Contains("Suihua", page.Find("[data-testid=locality-231200]").TextContent, StringComparison.Ordinal);
        });
        page.WaitForAssertion(() => Assert.True(PlotlyDrawCalls.Count(c => c.Identifier == "newPlot") >= 3, "three charts drawn"));
        var profiles = PlotlyDrawCalls.First(c => c.Identifier == "newPlot").Arguments;
        Assert.Contains(profiles, a => a?.ToString()?.Contains("Suihua", StringComparison.Ordinal) == true || System.Text.Json.JsonSerializer.Serialize(a).Contains("Suihua", StringComparison.Ordinal));
    }

    [Fact]
    public void Instrument_chart_explains_unclassified_clauses_and_links_to_the_method()
    {
        var page = Render<Overview>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=card-instruments-footnote]")));
        Assert.Contains("Unclassified", page.Find("[data-testid=card-instruments-footnote]").TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/method#instruments", page.Find("[data-testid=instruments-method-link]").GetAttribute("href"));
    }

    [Fact]
    public void Overview_filtered_to_Heilongjiang_by_URL_shows_Suihua_and_not_Dongguan()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/?province=230000");

        var page = Render<Overview>();

        page.WaitForAssertion(() =>
        {
            Assert.Equal("1", page.Find("[data-testid=stat-documents]").TextContent.Trim());
            Assert.NotEmpty(page.FindAll("[data-testid=locality-231200]"));
            Assert.Empty(page.FindAll("[data-testid=locality-441900]"));
        });
    }

    [Fact]
    public void Overview_follows_the_back_button_when_the_filter_in_the_URL_changes()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var page = Render<Overview>();
        page.WaitForAssertion(() => Assert.Equal("2", page.Find("[data-testid=stat-documents]").TextContent.Trim()));

        navigation.NavigateTo("/?province=440000");
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=locality-231200]")));

        navigation.NavigateTo("/");
        page.WaitForAssertion(() => Assert.Equal("2", page.Find("[data-testid=stat-documents]").TextContent.Trim()));
    }

    [Fact]
    public void Overview_filter_that_matches_nothing_says_so_instead_of_drawing_empty_charts()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/?from=2030-01-01");

        var page = Render<Overview>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=page-empty]")));
    }

    [Fact]
    public void Theme_chart_shows_its_numbers_as_a_table_on_request()
    {
        var page = Render<Overview>();
        page.WaitForAssertion(() => page.Find("[data-testid=card-profiles-table-toggle]"));

        page.Find("[data-testid=card-profiles-table-toggle] button, button[data-testid=card-profiles-table-toggle]").Click();

        page.WaitForAssertion(() =>
        {
            var table = page.Find("[data-testid=card-profiles-table] table");
            Assert.Contains("Suihua (绥化市)", table.TextContent, StringComparison.Ordinal);
            Assert.Contains("Agriculture", table.TextContent, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Clicking_a_theme_bar_opens_the_sentences_behind_it()
    {
        var panel = Render<EvidencePanel>();
        var page = Render<Overview>();
        page.WaitForAssertion(() => page.FindComponent<ThemeProfileChart>());

        var chart = page.FindComponent<ThemeProfileChart>();
        page.InvokeAsync(() => chart.Instance.OnBarClick.InvokeAsync(("231200", "agriculture-food")));

        var state = Services.GetRequiredService<EvidencePanelState>();
        Assert.True(state.IsOpen);
        panel.WaitForAssertion(() =>
        {
            var sentences = panel.FindAll("[data-testid=evidence-sentence]");
            Assert.NotEmpty(sentences);
            Assert.All(sentences, s => Assert.Contains("绥化", s.TextContent, StringComparison.Ordinal));
            Assert.NotEmpty(panel.FindAll("mark.kwic-match"));
        });
    }

    [Fact]
    public void Overview_speaks_Chinese_when_the_culture_is_Chinese()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("zh-Hans");

        var page = Render<Overview>();

        page.WaitForAssertion(() =>
        {
            Assert.Contains("概览", page.Markup, StringComparison.Ordinal);
            Assert.Contains("绥化市", page.Find("[data-testid=locality-231200]").TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Suihua", page.Find("[data-testid=locality-231200]").TextContent, StringComparison.Ordinal);
        });
    }
}
