using System.Net;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>
/// The partial plotly.js bundle: served where Plotly.Blazor loads plotly.js from, a third of the full bundle's size,
/// and holding every trace type the pages draw (a chart whose type is missing would draw an empty frame).
/// </summary>
[Collection(DashboardAppCollection.Name)]
public sealed class PlotlyBundleTests(DashboardAppFixture app)
{
    private const string PlotlyPath = "/_content/Plotly.Blazor/plotly-3.7.0.min.js";

    // Each drawn chart's traces with the type plotly resolved and whether it found a module to draw it.
    private const string DrawnTraces = """
        () => [...document.querySelectorAll('.js-plotly-plot')].flatMap(p => (p._fullData || []).map(t => `${t.type}:${t._module ? 'drawn' : 'missing'}`))
        """;

    [Fact]
    public async Task Pages_get_the_partial_plotly_bundle_at_the_address_Plotly_Blazor_loads()
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };

        using var response = await client.GetAsync(new Uri(PlotlyPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        var script = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("/* plotly.js (MIT licence", script, StringComparison.Ordinal);
        Assert.InRange(script.Length, 500_000, 2_000_000);
    }

    [Fact]
    public async Task The_bundle_is_sent_compressed_to_browsers_that_accept_gzip()
    {
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(app.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, PlotlyPath);
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await client.SendAsync(request);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.InRange(response.Content.Headers.ContentLength ?? 0, 100_000, 700_000);
    }

    [Theory]
    [InlineData("/", "bar", "heatmap", "scattergeo")]
    [InlineData("/compare?groups=441900,231200", "bar", "heatmap", "scatterpolar")]
    public async Task Every_chart_on_the_page_finds_its_trace_type_in_the_bundle(string path, params string[] types)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(path);
        foreach (var type in types)
        {
            await page.WaitForFunctionAsync(
                $"() => [...document.querySelectorAll('.js-plotly-plot')].some(p => (p._fullData || []).some(t => t.type === '{type}'))",
                null,
                new PageWaitForFunctionOptions { Timeout = 60_000 });
        }

        var traces = await page.EvaluateAsync<string[]>(DrawnTraces);

        Assert.DoesNotContain(traces, t => t.EndsWith(":missing", StringComparison.Ordinal));
        Assert.All(types, type => Assert.Contains($"{type}:drawn", traces));
        await page.Context.CloseAsync();
    }
}
