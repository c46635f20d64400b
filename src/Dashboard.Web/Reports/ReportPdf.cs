using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;

namespace Dashboard.Web.Reports;

/// <summary>
/// Prints the report page of this running app to PDF with Debian's Chromium, driven by Playwright. One browser and
/// one browser context are launched on first use and reused. A printed page is kept open (up to
/// <see cref="MaxIdlePages"/>): the next report is swapped into it by report.js (<c>dashboardReport.load</c>), so
/// plotly.js (4.8 MB) is parsed once, not per report; a failed swap falls back to a fresh page. Readiness is the
/// page's own signal (body[data-report-ready]), never a fixed delay. The app's address comes from the server's
/// address feature, so the page printed is exactly the one the browser's print shows.
/// </summary>
public sealed partial class ReportPdf(IServer server, IConfiguration configuration, ILogger<ReportPdf> logger) : IAsyncDisposable
{
    /// <summary>Printed pages kept open for the next reports.</summary>
    public const int MaxIdlePages = 2;

    private const int TimeoutMs = 60_000;

    // The interactive scripts of the shared App shell: the report page is static and needs none of them.
    private static readonly Regex InteractiveScripts = ScriptsNotNeeded();

    private readonly SemaphoreSlim _launch = new(1, 1);
    private readonly ConcurrentBag<IPage> _idle = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext? _context;

    /// <summary>Chromium's path: Dashboard:Reports:Chromium, or Debian's /usr/bin/chromium.</summary>
    public string ChromiumPath => configuration["Dashboard:Reports:Chromium"] ?? "/usr/bin/chromium";

    public bool IsAvailable => File.Exists(ChromiumPath);

    /// <summary>The PDF of a page of this app (a path with its query string, such as /reports/view?…).</summary>
    public async Task<byte[]> RenderAsync(string pathAndQuery, CancellationToken cancellationToken = default)
    {
        var url = BaseAddress() + pathAndQuery;
        var context = await ContextAsync();
        var page = await WarmPageAsync(url);
        try
        {
            if (page is null)
            {
                page = await context.NewPageAsync();
                await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = TimeoutMs });
            }

            await page.WaitForSelectorAsync("body[data-report-ready]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = TimeoutMs });
            cancellationToken.ThrowIfCancellationRequested();
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true, Outline = true, Tagged = true });
            if (_idle.Count < MaxIdlePages)
            {
                _idle.Add(page);
                page = null;
            }

            return pdf;
        }
        finally
        {
            if (page is not null)
            {
                await page.CloseAsync();
            }
        }
    }

    /// <summary>An open page with the report at <paramref name="url"/> swapped in, or null when none is open or the swap failed.</summary>
    private async Task<IPage?> WarmPageAsync(string url)
    {
        while (_idle.TryTake(out var page))
        {
            if (page.IsClosed)
            {
                continue;
            }

            try
            {
                await page.EvaluateAsync("url => window.dashboardReport.load(url)", url);
                return page;
            }
            catch (PlaywrightException ex)
            {
                LogSwapFailed(logger, ex.Message);
                await page.CloseAsync();
            }
        }

        return null;
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

    private async Task<IBrowserContext> ContextAsync()
    {
        if (_browser is { IsConnected: true } && _context is { } running)
        {
            return running;
        }

        await _launch.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true } && _context is { } launched)
            {
                return launched;
            }

            _idle.Clear();
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
            });
            _context = await _browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = 794, Height = 1123 },
            });
            await _context.RouteAsync(InteractiveScripts, route => route.AbortAsync());
            LogLaunched(logger, ChromiumPath);
            return _context;
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

    [GeneratedRegex(@"/(_framework/blazor\.web|_content/MudBlazor/MudBlazor\.min|js/dashboard)(\.[a-z0-9]+)?\.js(\?.*)?$")]
    private static partial Regex ScriptsNotNeeded();

    [LoggerMessage(Level = LogLevel.Information, Message = "Chromium launched for reports: {Path}")]
    private static partial void LogLaunched(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A kept report page could not take the next report ({Reason}); printing from a fresh page.")]
    private static partial void LogSwapFailed(ILogger logger, string reason);
}
