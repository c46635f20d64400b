using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>What the tests do on every page: wait for a chart to be drawn, read its text, take a screenshot.</summary>
internal static class PageHelpers
{
    /// <summary>Waits until plotly has drawn the chart's SVG inside the element with this test id.</summary>
    public static async Task<ILocator> WaitForChartAsync(this IPage page, string testId)
    {
        var svg = page.Locator($"[data-testid={testId}] .main-svg").First;
        try
        {
            await svg.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync("failed-" + testId);
            throw;
        }

        return page.Locator($"[data-testid={testId}]");
    }

    /// <summary>The chart's legend entries as drawn.</summary>
    public static async Task<IReadOnlyList<string>> LegendAsync(this IPage page, string testId)
    {
        await page.WaitForChartAsync(testId);
        return await page.Locator($"[data-testid={testId}] .legendtext").AllTextContentsAsync();
    }

    /// <summary>The localities the heatmap draws (its rows), which it shows even for one locality, unlike a legend.</summary>
    public static async Task<IReadOnlyList<string>> HeatmapLocalitiesAsync(this IPage page)
    {
        await page.WaitForChartAsync("chart-heatmap");
        return await page.Locator("[data-testid=chart-heatmap] .ytick text").AllTextContentsAsync();
    }

    /// <summary>A full-page PNG in TestResults/screenshots beside the test assembly.</summary>
    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(DashboardAppFixture.ScreenshotDirectory, name + ".png"),
            FullPage = true,
        });
}
