using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>The data behind every chart leaves the dashboard: the chart as PNG or SVG (Plotly's export), the numbers as CSV.</summary>
[Collection(DashboardAppCollection.Name)]
public sealed class ChartDownloadTests(DashboardAppFixture app)
{
    [Theory]
    [InlineData("png", ".png", "\u0089PNG")]
    [InlineData("svg", ".svg", "<svg")]
    [InlineData("csv", ".csv", "\u00EF\u00BB\u00BFLocality,")]
    public async Task Theme_profile_chart_downloads_as(string kind, string extension, string startsWith)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForChartAsync("chart-theme-profiles");

        await page.Locator("[data-testid=card-profiles-download] button, button[data-testid=card-profiles-download]").First.ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.Locator($"[data-testid=card-profiles-{kind}]").First.ClickAsync(),
            new PageRunAndWaitForDownloadOptions { Timeout = 30_000 });

        Assert.EndsWith(extension, download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(DashboardAppFixture.ScreenshotDirectory, "download-" + download.SuggestedFilename);
        await download.SaveAsAsync(path);
        // The file's first bytes as Latin-1 characters: the PNG signature, "<svg", or the UTF-8 byte-order mark.
        var bytes = File.ReadAllBytes(path);
        Assert.StartsWith(startsWith, System.Text.Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 64)), StringComparison.Ordinal);
        if (kind == "csv")
        {
            Assert.Contains("Suihua (绥化市)", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }
}
