using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>A page that loads cleanly logs nothing in the browser's console and asks for nothing the site lacks.</summary>
[Collection(DashboardAppCollection.Name)]
public sealed class ConsoleErrorTests(DashboardAppFixture app)
{
    [Theory]
    [InlineData("/", "[data-testid=chart-heatmap] .main-svg")]
    [InlineData("/documents", "[data-testid=document-count]")]
    [InlineData("/compare?groups=441900,231200", "[data-testid=card-radar] .main-svg")]
    public async Task Page_logs_no_console_error_and_no_missing_file(string path, string ready)
    {
        var page = await app.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console: " + message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync(path);
        await page.Locator(ready).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        // The browser asks for the icon after the page has loaded.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_icon_is_linked_and_served_as_SVG_and_ICO()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/documents");

        var links = await page.Locator("link[rel=icon]").EvaluateAllAsync<string[]>("links => links.map(l => l.href)");
        Assert.Contains(links, l => l.Contains("favicon", StringComparison.Ordinal) && l.EndsWith(".svg", StringComparison.Ordinal));
        var ico = await page.APIRequest.GetAsync("/favicon.ico");
        Assert.Equal(200, ico.Status);
        var bytes = await ico.BodyAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]);
        foreach (var link in links)
        {
            Assert.Equal(200, (await page.APIRequest.GetAsync(link)).Status);
        }
    }
}
