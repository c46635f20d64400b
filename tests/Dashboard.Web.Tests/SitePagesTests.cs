using Dashboard.Web.Components.Charts;
using Dashboard.Web.Components.Pages.Method;
using Dashboard.Web.Components.Pages.Overview;
using Dashboard.Web.Components.Pages.Reports;
using Dashboard.Web.Components.Pages.Site;
using Dashboard.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests;

/// <summary>The pages without a test class of their own: Method, not-found, the printable report, and the map card.</summary>
public sealed class SitePagesTests : DashboardTestContext
{
    [Fact]
    public void Method_page_names_the_versions_in_force()
    {
        var page = Render<Method>();

        var versions = Analysis.Resources.Versions;
        Assert.Contains(versions.Taxonomy, page.Markup, StringComparison.Ordinal);
        Assert.Contains(versions.InstrumentRules, page.Markup, StringComparison.Ordinal);
        Assert.Contains(versions.Lexicon, page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Method_page_quotes_the_figures_measured_on_documents_never_tuned_on()
    {
        var page = Render<Method>();

        var quality = Dashboard.Analysis.Evaluation.MeasuredQuality.TryLoad();
        Assert.NotNull(quality);
        var locality = page.Find("[data-testid=method-locality-quality]").TextContent;
        Assert.Contains($"On {quality.Documents} real releases", locality, StringComparison.Ordinal);
        Assert.Contains(quality.LocalityExact.ToString("0.#%", System.Globalization.CultureInfo.CurrentCulture), locality, StringComparison.Ordinal);
        Assert.Contains("below 50%", locality, StringComparison.Ordinal);
        var industries = page.Find("[data-testid=method-industry-quality]").TextContent;
        Assert.Contains(quality.IndustryPrecision.ToString("0.#%", System.Globalization.CultureInfo.CurrentCulture), industries, StringComparison.Ordinal);
        Assert.Contains("414 industries in 98 categories", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_found_page_says_so_and_offers_the_way_home()
    {
        var page = Render<NotFound>();

        Assert.Contains("no page at this address", page.Find("[data-testid=not-found]").TextContent, StringComparison.Ordinal);
        Assert.Equal("/", page.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void Printable_report_holds_both_localities_Suihua_clusters_and_the_method_appendix()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/reports/view?groups=441900,231200&lang=en");

        var page = Render<ReportView>();

        page.WaitForAssertion(
            () =>
            {
                Assert.Contains("Dongguan", page.Markup, StringComparison.Ordinal);
                Assert.Contains("Suihua", page.Markup, StringComparison.Ordinal);
                Assert.Contains("麻纺制品", page.Markup, StringComparison.Ordinal);
                Assert.Contains(Analysis.Resources.Versions.Taxonomy, page.Markup, StringComparison.Ordinal);
            },
            TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void Map_marker_click_opens_the_theme_evidence_of_that_locality()
    {
        var overview = Render<Overview>();
        overview.WaitForAssertion(() => overview.FindComponent<LocalityMapCard>());
        overview.WaitForAssertion(() => Assert.NotEmpty(overview.FindComponents<LocalityMap>()));

        var map = overview.FindComponent<LocalityMap>();
        overview.WaitForAssertion(() => Assert.True(PlotlyDrawCalls.Count(c => c.Identifier == "newPlot") >= 4, "four overview charts drawn, the map among them"));
        var plot = map.FindComponent<DashboardPlot>();
        overview.InvokeAsync(() => plot.Instance.OnPointClick.InvokeAsync(new PlotClick(0, 0, null, null)));

        var state = Services.GetRequiredService<EvidencePanelState>();
        Assert.True(state.IsOpen);
        Assert.NotNull(state.Request?.ThemeId);
        Assert.Single(state.Request!.LocalityCodes);
    }
}
