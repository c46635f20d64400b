using System.Net;
using Dashboard.Data.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Web.Tests;

/// <summary>
/// The anonymous report endpoints over HTTP (the real app in memory) with small limits: a client over its budget is
/// answered at once with 429, Retry-After and a page that says so in its language; other clients are not affected.
/// </summary>
public sealed class ReportRateLimitHttpTests(ReportRateLimitHttpTests.App app) : IClassFixture<ReportRateLimitHttpTests.App>
{
    [Fact]
    public async Task A_client_over_its_PDF_budget_gets_429_with_Retry_After_and_a_page_that_says_so()
    {
        using var client = app.CreateClient();

        var first = await client.GetAsync(new Uri("/reports/pdf?groups=441900", UriKind.Relative));
        var second = await client.GetAsync(new Uri("/reports/pdf?groups=441900", UriKind.Relative));

        // No Chromium is configured, so the first is answered 503 with its reason; it still used the budget.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        var wait = second.Headers.RetryAfter?.Delta;
        Assert.NotNull(wait);
        Assert.InRange(wait.Value.TotalSeconds, 1, 60);
        Assert.Equal("text/html", second.Content.Headers.ContentType?.MediaType);
        var body = await second.Content.ReadAsStringAsync();
        Assert.Contains("Too many reports at once", body, StringComparison.Ordinal);
        Assert.Contains($"try again in {(int)wait.Value.TotalSeconds} seconds", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_refusal_is_in_Chinese_for_a_Chinese_reader()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");

        await client.GetAsync(new Uri("/reports/xlsx?groups=231200", UriKind.Relative));
        await client.GetAsync(new Uri("/reports/xlsx?groups=231200", UriKind.Relative));
        var refused = await client.GetAsync(new Uri("/reports/csv?groups=231200", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("同时请求的报告过多", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public sealed class App : WebApplicationFactory<Program>
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("dashboard-limit-test").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Dashboard:Store:Provider", StoreOptions.Sqlite);
            builder.UseSetting("Dashboard:Store:DataDirectory", _directory);
            builder.UseSetting("Dashboard:Reports:Chromium", Path.Combine(_directory, "no-chromium"));
            builder.UseSetting("Dashboard:Reports:PdfPerClientPerMinute", "1");
            builder.UseSetting("Dashboard:Reports:FilesPerClientPerMinute", "2");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow runner: the temp folder is cleaned by the system.
            }
        }
    }
}
