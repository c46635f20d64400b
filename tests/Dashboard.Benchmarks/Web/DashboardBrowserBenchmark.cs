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

    /// <summary>Resolves to the milliseconds since navigation start once the first chart card has its SVG.</summary>
    private const string FirstChartDrawn =
        "() => document.querySelector('.chart-card .main-svg') ? performance.now() : false";

    /// <summary>Resolves to the milliseconds since navigation start once every chart card on the page has its SVG.</summary>
    private const string ChartsDrawn =
        "() => { const cards = [...document.querySelectorAll('.chart-card')];" +
        " return cards.length >= 4 && cards.every(c => c.querySelector('.main-svg')) ? performance.now() : false; }";

    /// <summary>Where the time before the first chart goes: the page's own milestones and its scripts' downloads.</summary>
    private const string Timeline =
        "() => { const n = performance.getEntriesByType('navigation')[0];" +
        " const r = performance.getEntriesByType('resource').filter(e => /\\.js/.test(e.name)).map(e => `${e.name.split('/').pop().split('?')[0]} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)}`);" +
        " return `  marks ${JSON.stringify(window.__marks)} html ${n.responseEnd.toFixed(0)}, DOMContentLoaded ${n.domContentLoadedEventEnd.toFixed(0)}, load ${n.loadEventEnd.toFixed(0)}; ` + r.join('; '); }";

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    public static async Task<(IReadOnlyList<DashboardTiming> Timings, IReadOnlyList<string> Memory)> RunAsync(string dataDirectory, int visits, int circuits, bool memory = true, string plotlyBundle = "partial")
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium was not found at {ChromiumPath}: apt-get install -y chromium fonts-noto-cjk.");
        }

        await using var app = await DashboardWebApp.StartAsync(dataDirectory, plotlyBundle);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });

        var cold = await VisitAsync(browser, app.BaseUrl, closeAfter: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"browser ({plotlyBundle} plotly.js): first visit after start: first chart {cold.FirstChart:F0} ms, all {cold.Milliseconds:F0} ms"));
        var warm = new List<double>();
        var warmFirst = new List<double>();
        for (var i = 0; i < visits; i++)
        {
            var visit = await VisitAsync(browser, app.BaseUrl, closeAfter: true);
            warm.Add(visit.Milliseconds);
            warmFirst.Add(visit.FirstChart);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"browser ({plotlyBundle} plotly.js): visit {i + 2}: first chart {visit.FirstChart:F0} ms, all {visit.Milliseconds:F0} ms"));
        }

        var timings = new List<DashboardTiming>
        {
            DashboardTiming.Once($"{plotlyBundle} plotly.js: every chart drawn, first visit after start (snapshot read, server cold)", cold.Milliseconds, "new browser context"),
            DashboardTiming.Of($"{plotlyBundle} plotly.js: first chart drawn, later visits (server warm)", warmFirst, "new browser context each"),
            DashboardTiming.Of($"{plotlyBundle} plotly.js: every chart drawn, later visits (server warm)", warm, "new browser context each"),
        };

        return (timings, memory ? await MemoryPerCircuitAsync(browser, app, circuits) : []);
    }

    private static async Task<(double FirstChart, double Milliseconds, IBrowserContext Context)> VisitAsync(IBrowser browser, string baseUrl, bool closeAfter)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync("window.__marks = {}; new MutationObserver(() => { const m = window.__marks;" +
            " if (!m.plot && document.querySelector('.js-plotly-plot')) m.plot = performance.now();" +
            " if (!m.svg && document.querySelector('.main-svg')) m.svg = performance.now();" +
            " if (!m.plotly && window.Plotly) m.plotly = performance.now();" +
            " if (!m.interactive && document.querySelector('.mud-popover-provider')) m.interactive = performance.now(); })" +
            ".observe(document, { subtree: true, childList: true, attributes: true });");
        await page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        var first = await (await page.WaitForFunctionAsync(FirstChartDrawn, null, new PageWaitForFunctionOptions { PollingInterval = 10 })).JsonValueAsync<double>();
        var drawn = await page.WaitForFunctionAsync(ChartsDrawn, null, new PageWaitForFunctionOptions { PollingInterval = 10 });
        var milliseconds = await drawn.JsonValueAsync<double>();
        Console.WriteLine(await page.EvaluateAsync<string>(Timeline));
        if (closeAfter)
        {
            await context.CloseAsync();
        }

        return (first, milliseconds, context);
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
