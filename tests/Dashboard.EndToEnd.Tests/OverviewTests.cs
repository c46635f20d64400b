using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

[Collection(DashboardAppCollection.Name)]
public sealed class OverviewTests(DashboardAppFixture app)
{
    [Fact]
    public async Task Overview_shows_both_seeds_localities_in_the_charts_and_on_the_map()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        var legend = await page.LegendAsync("chart-theme-profiles");
        Assert.Contains("Dongguan", legend);
        Assert.Contains("Suihua", legend);
        await page.WaitForChartAsync("chart-heatmap");
        await page.WaitForChartAsync("chart-locality-map");
        Assert.Equal(2, await page.Locator("[data-testid=chart-locality-map] .scattergeo .point").CountAsync());

        await page.Locator("[data-testid=card-locality-map-table-toggle]").ClickAsync();
        var table = page.Locator("[data-testid=locality-map-table]");
        await Assertions.Expect(table).ToContainTextAsync("Dongguan (东莞市)");
        await Assertions.Expect(table).ToContainTextAsync("Suihua (绥化市)");
        await page.Locator("[data-testid=card-locality-map-table-toggle]").ClickAsync();
        await page.WaitForChartAsync("chart-locality-map");
        await page.ScreenshotAsync("overview");
    }

    [Fact]
    public async Task Filtering_to_heilongjiang_by_url_shows_suihua_and_not_dongguan()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?province=230000");

        var localities = await page.HeatmapLocalitiesAsync();
        Assert.Contains("Suihua", localities);
        Assert.DoesNotContain("Dongguan", localities);
        await page.ScreenshotAsync("overview-heilongjiang-by-url");
    }

    [Fact]
    public async Task Filtering_to_heilongjiang_by_the_filter_bar_shows_suihua_and_not_dongguan()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForChartAsync("chart-theme-profiles");

        await page.Locator("[data-testid=filter-province]").ClickAsync();
        var heilongjiang = page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = "Heilongjiang" }).First;
        await heilongjiang.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 30_000 });
        await heilongjiang.ClickAsync();

        // Blazor changes the address with the history API (no page load): poll the URL rather than wait for a load.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("province=230000"), new PageAssertionsToHaveURLOptions { Timeout = 30_000 });
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("[data-testid=chart-heatmap] .ytick text")).ToHaveTextAsync(["Suihua"]);
        await page.ScreenshotAsync("overview-heilongjiang-by-filter-bar");
    }

    [Fact]
    public async Task Clicking_a_theme_bar_shows_its_evidence_sentences_in_the_side_panel()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForChartAsync("chart-theme-profiles");

        var sentence = page.Locator("[data-testid=evidence-sentence]").First;
        for (var attempt = 0; attempt < 5 && !await sentence.IsVisibleAsync(); attempt++)
        {
            // The click handler is attached once the chart has been drawn; try again until it answers.
            var bar = await TallestBarAsync(page);
            await page.Mouse.ClickAsync(bar.X + (bar.Width / 2), bar.Y + (bar.Height / 2));
            try
            {
                await sentence.WaitForAsync(new LocatorWaitForOptions { Timeout = 3_000 });
            }
            catch (TimeoutException)
            {
                // Clicked too early; the loop clicks again.
            }
        }

        await Assertions.Expect(sentence).ToBeVisibleAsync();
        Assert.False(string.IsNullOrWhiteSpace(await sentence.TextContentAsync()));
        await Assertions.Expect(page.Locator("[data-testid=evidence-title]")).ToContainTextAsync("·");
        await page.ScreenshotAsync("overview-evidence");
    }

    [Fact]
    public async Task The_language_switch_shows_chinese_labels()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForChartAsync("chart-theme-profiles");

        await page.Locator("[data-testid=language-switch]").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("概览");
        await Assertions.Expect(page.Locator("[data-testid=nav-overview]")).ToHaveTextAsync("概览");
        await Assertions.Expect(page.Locator("[data-testid=chart-theme-profiles] .legendtext")).ToHaveTextAsync(["绥化市", "东莞市"]);
        await page.WaitForChartAsync("chart-locality-map");
        await page.ScreenshotAsync("overview-chinese");
    }

    private static async Task<LocatorBoundingBoxResult> TallestBarAsync(IPage page)
    {
        var bars = page.Locator("[data-testid=chart-theme-profiles] .trace.bars .point path");
        LocatorBoundingBoxResult? tallest = null;
        foreach (var bar in await bars.AllAsync())
        {
            if (await bar.BoundingBoxAsync() is { } box && (tallest is null || box.Height > tallest.Height))
            {
                tallest = box;
            }
        }

        return tallest ?? throw new InvalidOperationException("The theme profile chart has no bars.");
    }
}
