using System.Globalization;
using Dashboard.Analysis.Comparison;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Components.Layout;
using Dashboard.Web.Components.Pages.Compare;
using Dashboard.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests;

public sealed class CompareTests : DashboardTestContext
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<Compare> RenderCompare(string uri = "/compare")
    {
        Navigation.NavigateTo(uri);
        var page = Render<Compare>();
        page.WaitForAssertion(() => page.Find("[data-testid=card-priorities]"), TimeSpan.FromSeconds(20));
        return page;
    }

    [Fact]
    public void Compare_with_nothing_picked_compares_the_two_seed_localities_and_draws_its_charts()
    {
        var page = RenderCompare();

        Assert.NotNull(page.Find("[data-testid=compare-default-hint]"));
        Assert.NotNull(page.Find("[data-testid=compare-chip-441900]"));
        Assert.NotNull(page.Find("[data-testid=compare-chip-231200]"));
        page.WaitForAssertion(() => Assert.True(PlotlyDrawCalls.Count(c => c.Identifier == "newPlot") >= 4, "radar, terms and two heatmaps drawn"));
        var drawn = string.Join('\n', PlotlyDrawCalls.Select(c => System.Text.Json.JsonSerializer.Serialize(c.Arguments)));
        Assert.Contains("scatterpolar", drawn, StringComparison.Ordinal);
        Assert.Contains("Suihua", drawn, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=compare-similarity-pair]"));
        Assert.Empty(page.FindAll("[data-testid=card-similarity]"));
    }

    [Fact]
    public void Compare_shows_Suihua_six_clusters_in_the_priorities_table()
    {
        var page = RenderCompare("/compare?groups=441900,231200");

        var industries = page.Find("[data-testid=priorities-231200-industry]").TextContent;
        Assert.Contains("六大产业集群", industries, StringComparison.Ordinal);
        foreach (var cluster in new[] { "生物发酵", "食品加工", "电子装备", "精细化工", "医药制造", "麻纺制品" })
        {
            Assert.Contains(cluster, industries, StringComparison.Ordinal);
        }

        Assert.Contains("绥化经开区", page.Find("[data-testid=priorities-231200-platform]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Clicking_a_priority_opens_its_sentence()
    {
        var panel = Render<EvidencePanel>();
        var page = RenderCompare("/compare?groups=441900,231200");

        page.FindAll("[data-testid=priorities-231200-industry] [data-testid=compare-priority]").First(c => c.TextContent.Contains("生物发酵", StringComparison.Ordinal)).Click();

        Assert.True(Services.GetRequiredService<EvidencePanelState>().IsOpen);
        panel.WaitForAssertion(() =>
        {
            var sentence = Assert.Single(panel.FindAll("[data-testid=evidence-sentence]"));
            Assert.Equal("生物发酵", sentence.QuerySelector("mark.kwic-match")!.TextContent);
        });
    }

    [Fact]
    public void Clicking_a_distinctive_term_opens_its_sentences_on_that_side()
    {
        var panel = Render<EvidencePanel>();
        var page = RenderCompare("/compare?groups=441900,231200");
        var chart = page.FindComponent<DivergingTermsChart>();
        var term = chart.Instance.Terms.TopB[0].Term;

        page.InvokeAsync(() => chart.Instance.OnTermClick.InvokeAsync((term, ComparisonSide.B)));

        panel.WaitForAssertion(() =>
        {
            var sentences = panel.FindAll("[data-testid=evidence-sentence]");
            Assert.NotEmpty(sentences);
            Assert.All(sentences, s => Assert.Contains("Suihua", s.TextContent, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Picking_a_group_puts_it_in_the_URL_beside_the_filter()
    {
        var page = RenderCompare("/compare?province=440000,230000&groups=441900");
        var picker = page.FindComponent<ComparePicker>();
        var choices = await Services.GetRequiredService<ComparisonQueries>().ChoicesAsync();

        await page.InvokeAsync(() => picker.Instance.SelectedChanged.InvokeAsync([.. picker.Instance.Selected, choices.First(c => c.Ref.Token == "p:230000").Ref]));

        var query = FilterNavigation.Query(Navigation.Uri);
        Assert.Equal("441900,p:230000", query["groups"]);
        Assert.Equal("440000,230000", query["province"]);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid='compare-chip-p:230000']")));
        page.WaitForAssertion(() => Assert.Contains("Heilongjiang", page.Find("[data-testid=compare-priorities]").TextContent, StringComparison.Ordinal));

        page.Find("[data-testid=compare-chip-441900] .mud-chip-close-button").Click();
        Assert.Equal("p:230000", FilterNavigation.Query(Navigation.Uri)["groups"]);
    }

    [Fact]
    public void The_picker_offers_provinces_and_localities_found_by_pinyin()
    {
        var page = RenderCompare();
        var picker = page.FindComponent<ComparePicker>();

        Assert.Equal("p:230000", ComparisonQueries.Search(picker.Instance.Choices, "heilong")[0].Ref.Token);
        Assert.Equal("231200", ComparisonQueries.Search(picker.Instance.Choices, "Suihua")[0].Ref.Token);
    }

    [Fact]
    public void One_locality_picked_is_compared_with_the_rest()
    {
        var page = RenderCompare("/compare?groups=231200");

        Assert.NotNull(page.Find("[data-testid=compare-rest-hint]"));
        var chart = page.FindComponent<DivergingTermsChart>();
        Assert.Equal("All other documents", chart.Instance.NameB);
        Assert.NotEmpty(chart.Instance.Terms.TopA);
    }

    [Fact]
    public void Comparison_warnings_from_the_analysis_are_shown()
    {
        var page = RenderCompare("/compare?groups=441900,231200");

        var warnings = page.FindAll("[data-testid=compare-warning]").Select(w => w.TextContent).ToList();
        Assert.Contains(warnings, w => w.Contains("Suihua holds a single document", StringComparison.Ordinal));
    }

    [Fact]
    public void Three_groups_show_a_similarity_matrix_with_its_table()
    {
        var page = RenderCompare("/compare?groups=441900,231200,p:230000");

        Assert.NotNull(page.Find("[data-testid=card-similarity]"));
        page.Find("[data-testid=card-similarity-table-toggle] button, button[data-testid=card-similarity-table-toggle]").Click();
        page.WaitForAssertion(() =>
        {
            var table = page.Find("[data-testid=compare-similarity-table]");
            Assert.Contains("1.000", table.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Compare_speaks_Chinese_when_the_culture_is_Chinese()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("zh-Hans");

        var page = RenderCompare("/compare?groups=441900,231200");

        Assert.Contains("重点任务对照", page.Markup, StringComparison.Ordinal);
        Assert.Contains("产业", page.Find("[data-testid=priority-row-industry]").TextContent, StringComparison.Ordinal);
    }
}
