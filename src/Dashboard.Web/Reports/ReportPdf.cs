using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;

namespace Dashboard.Web.Reports;

/// <summary>
/// Prints the report page of this running app to PDF with Debian's Chromium, driven by Playwright: one browser,
/// launched on first use and reused; a fresh browser context per report. The app's own address comes from the
/// server's address feature, so the page printed is exactly the one the browser's print shows.
/// </summary>
public sealed partial class ReportPdf(IServer server, IConfiguration configuration, ILogger<ReportPdf> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Chromium's path: Dashboard:Reports:Chromium, or Debian's /usr/bin/chromium.</summary>
    public string ChromiumPath => configuration["Dashboard:Reports:Chromium"] ?? "/usr/bin/chromium";

    public bool IsAvailable => File.Exists(ChromiumPath);

    /// <summary>The PDF of a page of this app (a path with its query string, such as /reports/view?…).</summary>
    public async Task<byte[]> RenderAsync(string pathAndQuery, CancellationToken cancellationToken = default)
    {
        var browser = await BrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 794, Height = 1123 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseAddress() + pathAndQuery, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        await page.WaitForSelectorAsync("body[data-report-ready]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        cancellationToken.ThrowIfCancellationRequested();
        return await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true, Outline = true, Tagged = true });
    }

    /// <summary>Where this app listens, as a browser on this machine reaches it.</summary>
    public string BaseAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server reports no address to print the report from.");
        var uri = new UriBuilder(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::" or "localhost")
        {
            uri.Host = "127.0.0.1";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }

    private async Task<IBrowser> BrowserAsync()
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }

        await _launch.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true } launched)
            {
                return launched;
            }

            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
            });
            LogLaunched(logger, ChromiumPath);
            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _launch.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chromium launched for reports: {Path}")]
    private static partial void LogLaunched(ILogger logger, string path);
}
