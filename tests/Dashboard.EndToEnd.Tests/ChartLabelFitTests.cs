using System.Text.Json;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>
/// Every chart's labels fit: no tick label, axis title or legend is cut at the chart's edges, none overlaps another,
/// at 1,400 and 1,024 pixels wide and in the A4 report.
/// </summary>
[Collection(DashboardAppCollection.Name)]
public sealed class ChartLabelFitTests(DashboardAppFixture app)
{
    // Measures, in the page, each drawn chart: labels outside its SVG, and labels overlapping one another.
    private const string Measure = """
        () => {
          const problems = [];
          const inside = (r, box) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
          const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
          for (const plot of document.querySelectorAll('.js-plotly-plot')) {
            const svg = plot.querySelector('.main-svg');
            if (!svg) continue;
            const name = (plot.closest('[data-testid]') || plot).getAttribute('data-testid') || 'chart';
            const box = svg.getBoundingClientRect();
            if (box.width === 0) continue;
            const texts = [...plot.querySelectorAll('.xtick text, .ytick text, .g-xtitle text, .g-ytitle text, .legendtext, .angularaxistick text')]
              .filter(t => t.textContent.trim().length > 0).map(t => ({ t, r: t.getBoundingClientRect(), kind: t.closest('.xtick') ? 'x' : t.closest('.ytick') ? 'y' : t.closest('.legend') ? 'legend' : t.closest('.g-xtitle') ? 'xtitle' : t.closest('.g-ytitle') ? 'ytitle' : 'angular' }))
              .filter(x => x.r.width > 0);
            for (const x of texts) {
              if (!inside(x.r, box)) problems.push(`${name}: ${x.kind} label “${x.t.textContent}” is cut at the edge`);
            }
            // Rotated tick labels: their screen boxes overlap even when the text does not, so each label's own box
            // is turned as drawn (its corners through the screen transform) and neighbours are tested as polygons.
            const rotated = t => /rotate\(\s*-?[1-9]/.test(t.getAttribute('transform') || '');
            const corners = t => {
              const b = t.getBBox(), m = t.getScreenCTM();
              return [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]
                .map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
            };
            const separated = (p, q) => {
              for (const poly of [p, q]) {
                for (let i = 0; i < poly.length; i++) {
                  const [x1, y1] = poly[i], [x2, y2] = poly[(i + 1) % poly.length];
                  const nx = y1 - y2, ny = x2 - x1;
                  const project = pts => pts.map(([x, y]) => x * nx + y * ny);
                  const a = project(p), b = project(q);
                  const length = Math.hypot(nx, ny);
                  if (Math.min(Math.max(...a), Math.max(...b)) - Math.max(Math.min(...a), Math.min(...b)) < length) return true;
                }
              }
              return false;
            };
            const slanted = texts.filter(x => x.kind === 'x' && rotated(x.t)).map(x => ({ ...x, poly: corners(x.t) }));
            for (let i = 0; i < slanted.length; i++) {
              for (let j = i + 1; j < slanted.length; j++) {
                if (!separated(slanted[i].poly, slanted[j].poly)) {
                  problems.push(`${name}: “${slanted[i].t.textContent}” (x) overlaps “${slanted[j].t.textContent}” (x)`);
                }
              }
            }
            for (let i = 0; i < texts.length; i++) {
              for (let j = i + 1; j < texts.length; j++) {
                const a = texts[i], b = texts[j];
                if (a.kind === 'x' && b.kind === 'x' && (rotated(a.t) || rotated(b.t))) continue;
                const sameAxis = a.kind === b.kind && (a.kind === 'x' || a.kind === 'y' || a.kind === 'angular');
                const titleAndLegend = (a.kind === 'legend') !== (b.kind === 'legend') && (a.kind.endsWith('title') || b.kind.endsWith('title') || a.kind === 'x' || b.kind === 'x');
                if ((sameAxis || titleAndLegend) && overlap(a.r, b.r)) {
                  problems.push(`${name}: “${a.t.textContent}” (${a.kind}) overlaps “${b.t.textContent}” (${b.kind})`);
                }
              }
            }
          }
          return problems;
        }
        """;

    [Theory]
    [InlineData("/", 1400)]
    [InlineData("/", 1024)]
    [InlineData("/compare?groups=441900,231200", 1400)]
    [InlineData("/compare?groups=441900,231200", 1024)]
    public async Task Chart_labels_fit_and_do_not_overlap(string path, int width)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = width, Height = 1000 },
        });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await DrawEveryChartAsync(page);

        var problems = await page.EvaluateAsync<string[]>(Measure);

        await page.ScreenshotAsync($"labels-{(path == "/" ? "overview" : "compare")}-{width}");
        Assert.True(problems.Length == 0, string.Join("\n", problems));
        await context.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task Chart_labels_fit_in_the_A4_report(string language)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            // A4 at 96 dpi, less the report's margins, as Chromium lays it out when printing.
            ViewportSize = new ViewportSize { Width = 794, Height = 1123 },
        });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.GotoAsync($"/reports/view?groups=441900,231200&lang={language}");
        await page.Locator("body[data-report-ready]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

        var problems = await page.EvaluateAsync<string[]>(Measure);

        await page.ScreenshotAsync($"labels-report-{language}");
        Assert.True(problems.Length == 0, string.Join("\n", problems));
        await context.CloseAsync();
    }

    /// <summary>Scrolls through the page so charts drawn as they come into view are drawn, then waits for every one.</summary>
    private static async Task DrawEveryChartAsync(IPage page)
    {
        await page.Locator(".main-svg").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        var height = await page.EvaluateAsync<int>("() => document.body.scrollHeight");
        for (var y = 0; y < height; y += 600)
        {
            await page.EvaluateAsync($"() => window.scrollTo(0, {y})");
            await NextFramesAsync(page);
        }

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('.dashboard-plot')].every(p => p.querySelector('.main-svg'))",
            null,
            new PageWaitForFunctionOptions { Timeout = 60_000 });
        await NextFramesAsync(page);
    }

    /// <summary>Two animation frames: what was drawn has been laid out.</summary>
    private static Task NextFramesAsync(IPage page) =>
        page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
}
