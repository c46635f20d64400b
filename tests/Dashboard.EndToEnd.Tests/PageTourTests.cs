using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>Every page a reader can open, drawn in Chromium and kept as a screenshot for the record.</summary>
[Collection(DashboardAppCollection.Name)]
public sealed class PageTourTests(DashboardAppFixture app)
{
    [Theory]
    [InlineData("/themes", "themes", "[data-testid=theme-card-agriculture-food]")]
    [InlineData("/themes/agriculture-food", "theme-agriculture-food", ".main-svg")]
    [InlineData("/documents", "documents", "[data-testid=document-count]")]
    [InlineData("/documents/seed-002_f6af64227d9b497f#s5", "document-suihua", "#s5")]
    [InlineData("/reports?groups=441900,231200", "reports-builder", "[data-testid=saved-views]")]
    [InlineData("/reports/view?groups=441900,231200&lang=en", "report-view-en", "body[data-report-ready]")]
    [InlineData("/account/login", "sign-in", "input[type=password]")]
    [InlineData("/no-such-page", "not-found", "[data-testid=not-found]")]
    public async Task Page_opens_and_draws(string path, string screenshot, string ready)
    {
        var page = await app.NewPageAsync();

        await page.GotoAsync(path);
        await page.Locator(ready).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });

        Assert.DoesNotContain("blazor-error-ui", await VisibleErrorAsync(page), StringComparison.Ordinal);
        await page.ScreenshotAsync(screenshot);
    }

    // The error bar Blazor shows when a circuit fails; empty when the page is healthy.
    private static async Task<string> VisibleErrorAsync(IPage page) =>
        await page.Locator("#blazor-error-ui:visible").CountAsync() > 0 ? "blazor-error-ui" : "";
}
