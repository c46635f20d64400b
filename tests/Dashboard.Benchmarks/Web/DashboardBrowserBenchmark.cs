using System.Globalization;
using Microsoft.Playwright;

namespace Dashboard.Benchmarks.Web;

/// <summary>
/// The real app in Chromium: the overview's first render (navigation start to every chart card holding a drawn
/// plotly SVG), for the first visit after the server starts (snapshot not yet read) and for later visits, each in a
/// fresh browser context (a new user, empty browser cache); then the server's memory per circuit with many overview
/// pages open at once.
/// </summary>
internal static class DashboardBrowserBenchmark
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Resolves to the milliseconds since navigation start once every chart card on the page has its SVG.</summary>
    private const string ChartsDrawn =
        "() => { const cards = [...document.querySelectorAll('.chart-card')];" +
        " return cards.length >= 4 && cards.every(c => c.querySelector('.main-svg')) ? performance.now() : false; }";

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    public static async Task<(IReadOnlyList<DashboardTiming> Timings, IReadOnlyList<string> Memory)> RunAsync(string dataDirectory, int visits, int circuits)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium was not found at {ChromiumPath}: apt-get install -y chromium fonts-noto-cjk.");
        }

        await using var app = await DashboardWebApp.StartAsync(dataDirectory);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });

        var cold = await VisitAsync(browser, app.BaseUrl, closeAfter: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"browser: first visit after start {cold.Milliseconds:F0} ms"));
        var warm = new List<double>();
        for (var i = 0; i < visits; i++)
        {
            warm.Add((await VisitAsync(browser, app.BaseUrl, closeAfter: true)).Milliseconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"browser: visit {i + 2} {warm[^1]:F0} ms"));
        }

        var timings = new List<DashboardTiming>
        {
            DashboardTiming.Once("overview first render, first visit after start (snapshot read, server cold)", cold.Milliseconds, "new browser context"),
            DashboardTiming.Of("overview first render, later visits (server warm)", warm, "new browser context each"),
        };

        var memory = await MemoryPerCircuitAsync(browser, app, circuits);
        return (timings, memory);
    }

    private static async Task<(double Milliseconds, IBrowserContext Context)> VisitAsync(IBrowser browser, string baseUrl, bool closeAfter)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        var drawn = await page.WaitForFunctionAsync(ChartsDrawn, null, new PageWaitForFunctionOptions { PollingInterval = 10 });
        var milliseconds = await drawn.JsonValueAsync<double>();
        if (closeAfter)
        {
            await context.CloseAsync();
        }

        return (milliseconds, context);
    }

    /// <summary>
    /// The server's memory with no page open, then with <paramref name="circuits"/> overview pages open (each its own
    /// browser context, so its own circuit), each after a full garbage collection induced in the server through its
    /// diagnostics port and a pause; the difference divided by the number of circuits.
    /// </summary>
    private static async Task<IReadOnlyList<string>> MemoryPerCircuitAsync(IBrowser browser, DashboardWebApp app, int circuits)
    {
        await Task.Delay(Settle);
        var before = await ServerMemory.MeasureAsync(app.ProcessId);
        var contexts = new List<IBrowserContext>();
        for (var i = 0; i < circuits; i++)
        {
            contexts.Add((await VisitAsync(browser, app.BaseUrl, closeAfter: false)).Context);
        }

        await Task.Delay(Settle);
        var open = await ServerMemory.MeasureAsync(app.ProcessId);
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        Console.WriteLine($"memory: before {before}; with {circuits} circuits {open}");
        return
        [
            Row("managed heap after a full GC", before.ManagedHeap, open.ManagedHeap, circuits),
            Row("process private memory (smaps_rollup Private_*)", before.Private, open.Private, circuits),
            Row("process resident memory (VmRSS)", before.Resident, open.Resident, circuits),
        ];
    }

    private static string Row(string name, long before, long open, int circuits) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {before / 1048576.0:F1} MB | {open / 1048576.0:F1} MB | {circuits} | {(open - before) / 1048576.0 / circuits:F2} MB |");
}
